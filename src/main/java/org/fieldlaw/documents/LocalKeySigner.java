package org.fieldlaw.documents;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.time.ZoneId;
import java.util.GregorianCalendar;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.PDSignature;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureInterface;
import org.apache.pdfbox.pdmodel.interactive.digitalsignature.SignatureOptions;
import org.bouncycastle.asn1.DERSet;
import org.bouncycastle.asn1.cms.Attribute;
import org.bouncycastle.asn1.cms.AttributeTable;
import org.bouncycastle.asn1.cms.CMSAttributes;
import org.bouncycastle.asn1.ess.ESSCertIDv2;
import org.bouncycastle.asn1.ess.SigningCertificateV2;
import org.bouncycastle.asn1.pkcs.PKCSObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.IssuerSerial;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.CMSAttributeTableGenerator;
import org.bouncycastle.cms.CMSException;
import org.bouncycastle.cms.CMSProcessableByteArray;
import org.bouncycastle.cms.CMSSignedDataGenerator;
import org.bouncycastle.cms.DefaultSignedAttributeTableGenerator;
import org.bouncycastle.cms.jcajce.JcaSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;

/**
 * PAdES baseline (B-B) signatures with a key the service holds: a detached CMS over the file's byte range with
 * the ESS signing-certificate-v2 attribute and no CMS signing time (PAdES takes the time from the signature
 * dictionary), written by PDFBox as an incremental update. The JDK's own algorithms do the cryptography.
 */
@ApplicationScoped
public class LocalKeySigner implements DocumentSigner {

    private static final ZoneId LEGAL_ZONE = ZoneId.of("Asia/Shanghai");
    /** Room for the CMS: a 2048- or 4096-bit signature and a chain of a few certificates. */
    private static final int SIGNATURE_ROOM = 16_384;

    private final SigningKeys keys;

    LocalKeySigner(SigningKeys keys) {
        this.keys = keys;
    }

    @Override
    public Signed sign(byte[] pdf, Signatory signatory, String reason, Instant at) {
        SigningKeys.SigningKey key = keys.of(signatory.key(), signatory.name());
        X509Certificate certificate = key.chain().get(0);
        try (PDDocument doc = Loader.loadPDF(pdf); SignatureOptions options = new SignatureOptions()) {
            PDSignature signature = new PDSignature();
            signature.setFilter(PDSignature.FILTER_ADOBE_PPKLITE);
            signature.setSubFilter(PDSignature.SUBFILTER_ETSI_CADES_DETACHED);
            signature.setName(signatory.name());
            signature.setReason(reason);
            signature.setSignDate(GregorianCalendar.from(at.atZone(LEGAL_ZONE)));
            options.setPreferredSignatureSize(SIGNATURE_ROOM);
            doc.addSignature(signature, cms(key), options);
            ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 2 * SIGNATURE_ROOM);
            doc.saveIncremental(out);
            return new Signed(out.toByteArray(), certificate.getSubjectX500Principal().getName());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SignatureInterface cms(SigningKeys.SigningKey key) {
        return content -> {
            try {
                X509Certificate certificate = key.chain().get(0);
                CMSSignedDataGenerator generator = new CMSSignedDataGenerator();
                generator.addSignerInfoGenerator(new JcaSignerInfoGeneratorBuilder(new JcaDigestCalculatorProviderBuilder().build())
                        .setSignedAttributeGenerator(withoutSigningTime(signingCertificate(certificate)))
                        .build(new JcaContentSignerBuilder("SHA256withRSA").build(key.key()), certificate));
                generator.addCertificates(new JcaCertStore(key.chain()));
                return generator.generate(new CMSProcessableByteArray(content.readAllBytes()), false).getEncoded();
            } catch (GeneralSecurityException | OperatorCreationException | CMSException e) {
                throw new IOException("signing the document failed", e);
            }
        };
    }

    /** ESS signing-certificate-v2 (RFC 5035), which PAdES requires: binds the signature to the signer's certificate. */
    private static AttributeTable signingCertificate(X509Certificate certificate) throws GeneralSecurityException {
        byte[] hash = MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded());
        IssuerSerial issuer = new IssuerSerial(new GeneralNames(new GeneralName(X500Name.getInstance(certificate.getIssuerX500Principal().getEncoded()))),
                certificate.getSerialNumber());
        Attribute attribute = new Attribute(PKCSObjectIdentifiers.id_aa_signingCertificateV2,
                new DERSet(new SigningCertificateV2(new ESSCertIDv2[] { new ESSCertIDv2(hash, issuer) })));
        return new AttributeTable(new DERSet(attribute));
    }

    private static CMSAttributeTableGenerator withoutSigningTime(AttributeTable base) {
        DefaultSignedAttributeTableGenerator defaults = new DefaultSignedAttributeTableGenerator(base);
        return parameters -> defaults.getAttributes(parameters).remove(CMSAttributes.signingTime);
    }
}
