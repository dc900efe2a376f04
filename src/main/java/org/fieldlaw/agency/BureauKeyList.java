package org.fieldlaw.agency;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The bureau keys registered for the bodies in the caller's jurisdiction, for the administrator's overview. */
@ApplicationScoped
public class BureauKeyList {

    @RegisterForReflection
    public record Listed(String kid, UUID bodyId, String bodyName, OffsetDateTime registeredAt, OffsetDateTime revokedAt) {
    }

    private final Caller caller;
    private final JurisdictionDirectory directory;

    BureauKeyList(Caller caller, JurisdictionDirectory directory) {
        this.caller = caller;
        this.directory = directory;
    }

    /** Keys in use first, then revoked ones; each group by body and registration. */
    @Transactional
    public List<Listed> visible() {
        Map<UUID, EnforcementBody> bodies = EnforcementBody.<EnforcementBody>list("jurisdictionCode in ?1", directory.tree().subtree(caller.jurisdictionCode()))
                .stream().collect(Collectors.toMap(b -> b.id, Function.identity()));
        if (bodies.isEmpty()) {
            return List.of();
        }
        return BureauKey.<BureauKey>list("bodyId in ?1 order by case when revokedAt is null then 0 else 1 end, registeredAt", List.copyOf(bodies.keySet())).stream()
                .map(k -> new Listed(k.kid, k.bodyId, bodies.get(k.bodyId).name, k.registeredAt, k.revokedAt)).toList();
    }
}
