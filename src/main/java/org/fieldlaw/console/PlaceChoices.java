package org.fieldlaw.console;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import org.fieldlaw.agency.Caller;
import org.fieldlaw.agency.JurisdictionDirectory;
import org.fieldlaw.agency.model.JurisdictionTree;

/** The choices of a list's place filter: the counties and towns under the caller's jurisdiction, by code. */
@ApplicationScoped
public class PlaceChoices {

    /** One choice of a filter's drop-down. */
    @RegisterForReflection
    public record Option(String value, String name, boolean selected) {
    }

    private final JurisdictionDirectory directory;
    private final Caller caller;

    PlaceChoices(JurisdictionDirectory directory, Caller caller) {
        this.directory = directory;
        this.caller = caller;
    }

    public List<Option> under(String selected) {
        JurisdictionTree tree = directory.tree();
        String mine = caller.jurisdictionCode();
        return tree.subtree(mine).stream().filter(code -> !code.equals(mine)).sorted()
                .map(code -> new Option(code, tree.nameOf(code), code.equals(selected))).toList();
    }
}
