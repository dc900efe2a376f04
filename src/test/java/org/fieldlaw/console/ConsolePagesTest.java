package org.fieldlaw.console;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Names and addresses come from the field: a page prints them as text, never as markup. */
class ConsolePagesTest {

    @Test
    void everyValueIsEscapedAsHtml() {
        ConsoleHome.Queue hostile = new ConsoleHome.Queue("<script>alert(1)</script>", "a & b", 3, null, true);
        String html = new ConsolePages().render("home", Map.of("me", new ConsoleResource.SignedIn("<img src=x onerror=1>", "白沙", "token", true, true, false, false),
                "jurisdiction", "白沙街道", "queues", new ConsoleHome.Queues(List.of(hostile), List.of())));
        assertFalse(html.contains("<script>alert"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertTrue(html.contains("&lt;script&gt;") && html.contains("a &amp; b"), html);
        assertFalse(html.contains("<script>") && !html.contains("htmx.min.js"), "the only script is htmx from the service");
    }
}
