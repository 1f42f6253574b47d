package org.factdesk;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.aura.Aura;
import org.factdesk.base.config.CleanStop;
import org.factdesk.cli.Cli;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The Factdesk application: the web app by default, a command-line tool when given a command. */
@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Aura.STYLESHEET)
@StyleSheet("context://frontend/styles.css")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        CleanStop.install();
        if (args.length > 0 && Cli.isCommand(args[0])) {
            System.exit(Cli.run(args));
        }
        SpringApplication.run(Application.class, args);
    }
}
