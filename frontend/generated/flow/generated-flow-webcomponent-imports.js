import { injectGlobalWebcomponentCss } from 'Frontend/generated/jar-resources/theme-util.js';

import '@vaadin/login/src/vaadin-login-form.js';
import '@vaadin/app-layout/src/vaadin-app-layout.js';
import '@vaadin/side-nav/src/vaadin-side-nav.js';
import '@vaadin/side-nav/src/vaadin-side-nav-item.js';
import '@vaadin/tooltip/src/vaadin-tooltip.js';
import '@vaadin/scroller/src/vaadin-scroller.js';
import '@vaadin/app-layout/src/vaadin-drawer-toggle.js';
import '@vaadin/button/src/vaadin-button.js';
import 'Frontend/generated/jar-resources/disableOnClickFunctions.js';
import '@vaadin/icons/vaadin-iconset.js';
import '@vaadin/icon/src/vaadin-icon.js';
import 'Frontend/generated/jar-resources/menubarConnector.js';
import 'Frontend/generated/jar-resources/contextMenuConnector.js';
import '@vaadin/menu-bar/src/vaadin-menu-bar.js';
import '@vaadin/context-menu/src/vaadin-context-menu.js';
import 'Frontend/generated/jar-resources/flow-component-renderer.js';
import 'Frontend/generated/jar-resources/flow-component-directive.js';
import 'Frontend/generated/jar-resources/contextMenuTargetConnector.js';
import '@vaadin/common-frontend/ConnectionIndicator.js';
import 'Frontend/generated/jar-resources/ReactRouterOutletElement.tsx';

const loadOnDemand = (key) => {
  const pending = [];
  if (key === '051dbb9e59b9c958e7633cdb90d2a8e611ba79f377d71922dc4f01be620cced3') {
    pending.push(import('./chunks/chunk-a5a7b158a19e41b619d88429b4d3f4f1daa20f80c85d149894e7a904dd4c0019.js'));
  }
  if (key === '69181b51b96d283a2dd37423f4a46c6613b6bd10d59039297d424d9aba3e1efa') {
    pending.push(import('./chunks/chunk-e12d3f332debf9b24d31c3197323593950babc0ffccefce074516d40b32fa186.js'));
  }
  if (key === '5936e3983fb22ee105b8783c56c3b9c4a0c434b3baafc743f3112da8fefb77ef') {
    pending.push(import('./chunks/chunk-52accf672413b176e16b1f7b392f040169ceb537093fde51df4dcadb46d9a97a.js'));
  }
  if (key === '755612e5ddf4a5062f58b4e158f057f748a6d939469175150b459abfa2139d6e') {
    pending.push(import('./chunks/chunk-8439b50edf01396c8832bfdd05994f05b35430464dd9af264941c31eab77f8a7.js'));
  }
  if (key === 'a69ad8ab8bbc4b7946a71c5b1998f6615ff3bec5d3e43ee74d63706aff430475') {
    pending.push(import('./chunks/chunk-52accf672413b176e16b1f7b392f040169ceb537093fde51df4dcadb46d9a97a.js'));
  }
  if (key === '123a92d287e64f58fb4813162614f9c20232a179a77a7cea1e4be5bdab722417') {
    pending.push(import('./chunks/chunk-1c3d91e13198aa186c6ec8a054bcdf4c766a9d378f8eaede544427d3e45c9b46.js'));
  }
  if (key === 'b04e744fca4ea0a0027c98016b7e454dbbcbe3830bbb20f55e4577a55f209b7f') {
    pending.push(import('./chunks/chunk-60e0e50483e057d927fffd01ccdffb97c073cd582cf6356d010286e16c89ddba.js'));
  }
  if (key === '0eb78b89913b733ec63a5803bf0166b0eab0916f1b48e4ea1dfa67c34941b3f7') {
    pending.push(import('./chunks/chunk-da3b0ec1511bf9eb8b53475cfdc00542dc6f0c5f4ad4733cd03bc4a639b6d7a9.js'));
  }
  if (key === '6d39fe1d746bd49ec9fffa241c1dd8969b4cb75afde5b6afa85318d5abbcd233') {
    pending.push(import('./chunks/chunk-eba8ded42036497381e01476468683834969403bf026aab0fe8766ec05518c3f.js'));
  }
  if (key === '5387e6f5498a2f31db0588da1c42178020a238e8580ed7749d189c2672bb6b4a') {
    pending.push(import('./chunks/chunk-d54e901abec0576a8579257a6f1714e57888293619249cc5068b42837c2d3b90.js'));
  }
  if (key === '73fe6612152d25a374ab974f24e6a6e455a5d905f794afc1baeb44501a19faad') {
    pending.push(import('./chunks/chunk-7ede2c24b88b914737de1403745823b6da03b79c21adbb53bd993a824dd65d9c.js'));
  }
  if (key === '0724cf0c5577e32c8c20254436666a8407e6bdf76fe3a0e53ffc883afa56ffd4') {
    pending.push(import('./chunks/chunk-156109eb77ea9f8cf88e1f5e921c076b509cec3984828bfe451b1bc578c3e727.js'));
  }
  if (key === '9386348c723b84d01ca7d5cdfd1cf5f757cbd1665b4224dde2ec8d3bfe298c9a') {
    pending.push(import('./chunks/chunk-479c70cfd7629c8164af8a307bb1aa8a3d0a8ea5084579e2868d103f7b518e0a.js'));
  }
  return Promise.all(pending);
}
window.Vaadin = window.Vaadin || {};
window.Vaadin.Flow = window.Vaadin.Flow || {};
window.Vaadin.Flow.loadOnDemand = loadOnDemand;
window.Vaadin.Flow.resetFocus = () => {
 let ae=document.activeElement;
 while(ae&&ae.shadowRoot) ae = ae.shadowRoot.activeElement;
 return !ae || ae.blur() || ae.focus() || true;
}