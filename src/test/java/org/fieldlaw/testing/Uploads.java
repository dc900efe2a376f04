package org.fieldlaw.testing;

import static io.restassured.RestAssured.given;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;
import org.fieldlaw.security.Roles;

/** Uploads evidence as the phone does (tus: create, then one PATCH) for a case officer. */
public final class Uploads {

    private Uploads() {
    }

    /** Uploads {@code bytes} as evidence of the case and answers nothing: the test reads the case's evidence back. */
    public static void toCase(UUID caseId, byte[] bytes, String filename, String mediaType) {
        to("caseId", caseId.toString(), bytes, filename, mediaType);
    }

    /** The same for the owner the metadata key names (caseId, visitId). */
    public static void to(String ownerKey, String ownerId, byte[] bytes, String filename, String mediaType) {
        String upload = open(ownerKey, ownerId, bytes.length, filename, mediaType);
        given().auth().oauth2(token()).header("Tus-Resumable", "1.0.0").header("Upload-Offset", 0)
                .contentType("application/offset+octet-stream").body(bytes).patch(upload)
                .then().statusCode(204);
    }

    /** A tus upload created and not yet sent: its path. */
    public static String open(String ownerKey, String ownerId, int length, String filename, String mediaType) {
        Map<String, String> meta = new LinkedHashMap<>(Map.of(ownerKey, ownerId, "filename", filename, "filetype", mediaType,
                "capturedAt", "2026-11-02T09:31:00+08:00"));
        StringBuilder header = new StringBuilder();
        meta.forEach((k, v) -> header.append(header.length() == 0 ? "" : ",").append(k).append(' ')
                .append(Base64.getEncoder().encodeToString(v.getBytes(StandardCharsets.UTF_8))));
        String location = given().auth().oauth2(token()).header("Tus-Resumable", "1.0.0").header("Upload-Length", length)
                .header("Upload-Metadata", header.toString()).post("/api/v1/uploads").then().statusCode(201).extract().header("Location");
        return location.substring(location.indexOf("/api/v1/uploads"));
    }

    /** The case officer who uploads. */
    public static String token() {
        return Tokens.of(AgencyFixture.CASE_OFFICER_A, Roles.OFFICER);
    }

    /** A real JPEG of the given size: a sky, a grey building and a red band, so its thumbnail shows something. */
    public static byte[] photo(int width, int height, int seed) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(120, 170, 220));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(150, 150, 150));
        g.fillRect(width / 5, height / 3, width / 2, height / 2 + seed % 7);
        g.setColor(new Color(200, 40, 40));
        g.fillRect(0, height * 5 / 6, width, height / 12);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpeg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
