package org.fieldlaw.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the layout of a two-page document (the penalty decision template, filled as a decided case fills
 * it, with 12 evidence rows) to PDF with the CJK font embedded, in one JVM after warm-up. Run by run.sh;
 * sits in the renderer's package to build it without the container, as the service would.
 */
public class RenderBench {

    public record Party(boolean person, String name, String identifierLabel, String identifier, String address) {
    }

    public record Evidence(int n, String kind, String filename, String capturedAt, String sha256) {
    }

    public record Officer(String name, String certificate) {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 200;
        PdfRenderer renderer = new PdfRenderer(new DocumentConfig() {
            @Override
            public Font font() {
                return new Font() {
                    @Override
                    public String path() {
                        return "/usr/share/fonts/truetype/arphic/uming.ttc";
                    }

                    @Override
                    public String face() {
                        return "UMingCN";
                    }
                };
            }

            @Override
            public Signing signing() {
                throw new UnsupportedOperationException("rendering signs nothing");
            }
        });
        DocumentTemplates templates = new DocumentTemplates();
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("issuer", "江门市蓬江区白沙街道综合行政执法办公室");
        data.put("number", "江蓬白综执罚〔2026〕12号");
        data.put("party", new Party(true, "张三丰", "公民身份号码", "440703198506121234", "江门市蓬江区白沙大道西 1 号"));
        data.put("actDate", "2026年11月11日");
        data.put("address", "江门市蓬江区白沙大道西 1 号");
        data.put("violation", "占用城市道路、桥梁、广场等公共场所摆卖（占道经营）");
        data.put("summary", "在白沙大道西人行道摆卖水果，经劝导未离开。");
        List<Evidence> evidence = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            evidence.add(new Evidence(i, "照片", "IMG_20261111_1030" + i + ".jpg", "2026-11-11 10:30:0" + (i % 10), "ab".repeat(32)));
        }
        data.put("evidence", evidence);
        data.put("notifiedOn", "2026年11月20日");
        data.put("noticeWaived", false);
        data.put("hearingOffered", false);
        data.put("defenceMade", true);
        data.put("breached", "《江门市城市市容和环境卫生管理规定》第十二条");
        data.put("applied", "《江门市城市市容和环境卫生管理规定》第三十条");
        data.put("tier", "一般");
        data.put("baseline", "440700:v1+440703:v1");
        data.put("deviationReasons", "");
        data.put("otherPenalties", List.of("警告"));
        data.put("fine", "12000");
        data.put("fineCapitals", "壹万贰仟元整");
        data.put("officers", List.of(new Officer("陈志强", "44070301001"), new Officer("林晓燕", "44070301002")));
        data.put("reconsideration", "蓬江区人民政府");
        data.put("dated", "2026年12月1日");
        PdfRenderer.Metadata metadata = new PdfRenderer.Metadata("行政处罚决定书", "白沙", "江蓬白综执罚〔2026〕12号",
                OffsetDateTime.parse("2026-12-01T12:00:00+08:00"));
        byte[] pdf = null;
        for (int i = 0; i < 30; i++) {
            pdf = renderer.render(templates.render("penalty-decision", data), metadata);
        }
        List<Double> ms = new ArrayList<>();
        long started = System.nanoTime();
        for (int i = 0; i < runs; i++) {
            long t = System.nanoTime();
            pdf = renderer.render(templates.render("penalty-decision", data), metadata);
            ms.add((System.nanoTime() - t) / 1e6);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        Collections.sort(ms);
        Files.write(Path.of("target", "bench-penalty-decision.pdf"), pdf);
        System.out.printf("runs %d, %d bytes each; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms, max %.1f ms; %.1f documents/s on one thread%n", runs,
                pdf.length, ms.get(runs / 2), ms.get((int) (runs * 0.95)), ms.get((int) (runs * 0.99)), ms.get(runs - 1), runs / seconds);
    }
}
