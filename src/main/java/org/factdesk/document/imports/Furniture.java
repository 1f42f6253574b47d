package org.factdesk.document.imports;

import java.util.regex.Pattern;

/**
 * Short lines that are page furniture wherever they stand on a page: labels ("Advertisement", "Read
 * more", "Share"), picture credits, bylines, contact lines, copyright lines, notices that a script is
 * needed, content-management shortcodes the page failed to expand. General forms, not phrases of any
 * one site.
 */
final class Furniture {

    /** Lines that are page furniture wherever they stand. */
    private static final Pattern FURNITURE = Pattern.compile("(?i)^(?:advertisements?|advert|ad|sponsored(?: content)?|"
            + "(?:story|article) continues below(?: advertisement)?|continue reading(?: below| the main story)?|"
            + "scroll (?:down )?to continue.*|read more|read more\\s*[:>»].*|read more (?:on|at|from) .*|see more:.*|"
            + "related(?: articles| stories| content| posts| coverage| links| topics)?\\s*:?.*|"
            + "share(?: this)?(?: article| story| post| page)?(?: on .*| via .*)?|tweet|email|print|"
            + "(?:\\d+ )?comments?|follow us.*|sign up.*|subscribe.*|.*\\bclick(?:ing)? here\\b.*|"
            + "(?:image|photo|photograph|picture|credit|video|watch)\\s*:.*|getty images|©.*|\\(c\\) .*|copyright .*|"
            + "all rights reserved.*|loading\\W*|.*\\b(?:enable|requires?|turn on) javascript\\b.*|this (?:website|site) uses cookies.*|"
            + "we use cookies.*|accept(?: all)?(?: cookies)?|skip to (?:main )?content|back to top|"
            + "more from .*|most (?:read|popular|shared|viewed)(?: in .*)?|you (?:may|might) also like.*|"
            + "don'?t miss.*|recommended(?: for you)?|trending(?: now)?|up next|next article|previous article|"
            + "(?:advertisement|ad) - (?:scroll|continue) .*|listen to (?:this|the) (?:article|story).*|"
            + "\\d+\\s*min(?:ute)?s? read|updated:?\\s.*\\d.*|posted:?\\s.*\\d.*|published:?\\s.*\\d.*)$");

    /** A picture credit ending a short block: a label (credit, photo, image…) with a colon and a short name after it. */
    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(?:credit|image|images|photo|photograph|picture|pictured|illustration)\\s*:\\s*[^.!?]{1,60}\\)?\\s*$"
                    + "|\\((?:image|photo|picture|credit)s?\\s*:[^)]{1,60}\\)\\s*$|\\b(?:getty images|afp|ap photo|reuters)"
                    + "(?:/[^\\s]+)?\\)?\\s*$");

    /**
     * A byline: "By" and one or more capitalised names, perhaps with a role, a publication or a date
     * after a separator, in a short line that is not a sentence.
     */
    private static final Pattern BYLINE = Pattern.compile("^(?:[Bb]y|BY)\\s+\\p{Lu}[\\p{L}.'’-]*"
            + "(?:\\s+(?:\\p{Lu}[\\p{L}.'’-]*|and|&|,|de|van|von|da|del|la|le))*\\s*(?:$|[|,•·–—-]|\\s\\d|\\son\\s|\\sat\\s|\\sfor\\s).{0,80}$");

    /** Contact details: a telephone or fax number with its label, or two numbers in one short line. */
    private static final Pattern CONTACT = Pattern.compile("(?i)\\b(?:tel|phone|fax)\\b\\W{0,3}\\+?[\\d(][\\d ()./-]{6,}"
            + "|\\+?[\\d(][\\d ()./-]{6,}\\d\\W{0,3}\\b(?:tel|phone|fax)\\b|(?:\\(?\\d{3}\\)?[ .-]\\d{3}[ .-]\\d{4}\\b.*){2}");

    /** A block that is nothing but a content-management shortcode ("[button …] … [/button]") the page failed to expand. */
    private static final Pattern SHORTCODE = Pattern.compile("^\\[(\\w+)[^\\]]*\\].*\\[/\\1\\]$");

    private static final Pattern COPYRIGHT = Pattern.compile("(?i)©|\\(c\\) ?\\d{4}|\\bcopyright\\b|all rights reserved");

    private Furniture() {
    }

    /** Whether a block of text is furniture: one of these forms, and short enough to be nothing else. */
    static boolean is(String text) {
        int length = text.length();
        return length < 200 && (FURNITURE.matcher(text).matches() || BYLINE.matcher(text).matches()
                || CONTACT.matcher(text).find() || SHORTCODE.matcher(text).matches())
                || length < 400 && CREDIT.matcher(text).find()
                || length < 300 && COPYRIGHT.matcher(text).find();
    }
}
