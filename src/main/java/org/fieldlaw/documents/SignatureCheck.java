package org.fieldlaw.documents;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.bouncycastle.asn1.ASN1InputStream;
import org.bouncycastle.asn1.cms.ContentInfo;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedData;
import org.bouncycastle.cms.SignerInformation;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoVerifierBuilder;
import org.bouncycastle.operator.OperatorCreationException;

/**
 * Checks the last signature of a PDF: the CMS verifies over the signed byte range with the certificate it
 * carries, and the range covers the whole file but the signature itself (bytes added after signing would
 * show a document the signature does not vouch for). Trust in the certificate is the reader's to judge.
 */
public final class SignatureCheck {

    /** {@code problem} says why when not {@code valid}. */
    public record Result(boolean valid, String signer, OffsetDateTime signedAt, String problem) {
    }

    private SignatureCheck() {
    }

    /** The CMS without the zeros that pad the room reserved for it (BouncyCastle refuses data after the structure). */
    private static ContentInfo contentInfo(byte[] contents) throws IOException {
        try (ASN1InputStream in = new ASN1InputStream(contents)) {
            return ContentInfo.getInstance(in.readObject());
        }
    }

    public static Result of(byte[] pdf) {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<PDSignature> signatures = doc.getSignatureDictionaries();
            if (signatures.isEmpty()) {
                return new Result(false, null, null, "文件未签章 (not signed)");
            }
            PDSignature signature = signatures.get(signatures.size() - 1);
            OffsetDateTime signedAt = signature.getSignDate() == null ? null
                    : signature.getSignDate().toInstant().atZone(ZoneId.of("Asia/Shanghai")).toOffsetDateTime();
            int[] range = signature.getByteRange();
            if (range.length != 4 || range[0] != 0 || (long) range[2] + range[3] != pdf.length) {
                return new Result(false, signature.getName(), signedAt, "签名未覆盖整个文件 (the signature does not cover the whole file)");
            }
            CMSSignedData cms = new CMSSignedData(new CMSProcessableByteArray(signature.getSignedContent(pdf)), contentInfo(signature.getContents()));
            Collection<SignerInformation> signers = cms.getSignerInfos().getSigners();
            if (signers.size() != 1) {
                return new Result(false, signature.getName(), signedAt, "签名者数目不对 (expected one signer)");
            }
            SignerInformation signer = signers.iterator().next();
            @SuppressWarnings("unchecked")
            Collection<X509CertificateHolder> certificates = cms.getCertificates().getMatches(signer.getSID());
            if (certificates.isEmpty()) {
                return new Result(false, signature.getName(), signedAt, "签名中没有签名者证书 (no signer certificate)");
            }
            X509CertificateHolder certificate = certificates.iterator().next();
            boolean verified = signer.verify(new JcaSimpleSignerInfoVerifierBuilder().build(certificate));
            return new Result(verified, certificate.getSubject().toString(), signedAt,
                    verified ? null : "签名与文件内容不符 (the file changed after it was signed)");
        } catch (CMSException e) {
            return new Result(false, null, null, "签名与文件内容不符 (the file changed after it was signed): " + e.getMessage());
        } catch (IOException | OperatorCreationException | java.security.cert.CertificateException | RuntimeException e) {
            return new Result(false, null, null, "文件无法读取 (unreadable): " + e.getMessage());
        }
    }
}
