package org.fieldlaw.records;

import io.quarkus.runtime.annotations.RegisterForReflection;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Base64;
import org.fieldlaw.common.ApiException;
import org.fieldlaw.security.Roles;

/**
 * The records' latest signed checkpoint, handed to the bureaus' systems (issue 16): a bureau that fetches it daily and
 * keeps it holds the records' heads outside the reach of this service's database administrators. Each checkpoint names
 * the root of the one before ({@code previousRoot}), so a bureau that finds a checkpoint not naming the root it holds
 * has found a history rewritten. The signature is Ed25519 over {@code statement}, checkable with the public key alone
 * ({@code openssl pkeyutl -verify -rawin}).
 */
@Path("/api/v1/bureau/record-checkpoints")
@Produces(MediaType.APPLICATION_JSON)
public class BureauCheckpointResource {

    @RegisterForReflection
    public record SignedCheckpoint(Instant madeAt, int records, String root, String previousRoot, String statement, String algorithm,
            String publicKey, String signature) {
    }

    private final CheckpointStore store;

    BureauCheckpointResource(CheckpointStore store) {
        this.store = store;
    }

    @GET
    @Path("latest")
    @RolesAllowed(Roles.BUREAU_SYSTEM)
    public SignedCheckpoint latest() {
        CheckpointStore.Signed signed = store.latest()
                .orElseThrow(() -> ApiException.notFound("记录检查点 (record checkpoint)", "latest"));
        Base64.Encoder b64 = Base64.getEncoder();
        return new SignedCheckpoint(signed.checkpoint().madeAt(), signed.checkpoint().heads().size(), signed.checkpoint().root(),
                signed.checkpoint().previousRoot(), signed.checkpoint().statement(), "Ed25519", b64.encodeToString(signed.publicKey()),
                b64.encodeToString(signed.signature()));
    }
}
