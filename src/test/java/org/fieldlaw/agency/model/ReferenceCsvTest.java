package org.fieldlaw.agency.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped reference files load as they stand: Jiangmen's divisions and the holiday schedule. */
class ReferenceCsvTest {

    private static List<ReferenceCsv.Division> divisions() throws Exception {
        try (var in = ReferenceCsvTest.class.getClassLoader().getResourceAsStream("reference/jiangmen-divisions.csv")) {
            return ReferenceCsv.divisions(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }

    @Test
    void jiangmenHasSevenCountyLevelDivisionsWithNationalCodes() throws Exception {
        List<ReferenceCsv.Division> counties = divisions().stream().filter(d -> d.level() == JurisdictionLevel.COUNTY).toList();
        assertEquals(7, counties.size());
        assertTrue(counties.stream().allMatch(ReferenceCsv.Division::officialCode));
        assertTrue(counties.stream().allMatch(d -> "440700".equals(d.parentCode())));
    }

    @Test
    void townsGetServiceAssignedCodesUnderTheirCountyInFileOrder() throws Exception {
        List<ReferenceCsv.Division> all = divisions();
        ReferenceCsv.Division baisha = all.stream().filter(d -> d.name().equals("白沙街道")).findFirst().orElseThrow();
        assertEquals("440703001", baisha.code());
        assertFalse(baisha.officialCode());
        ReferenceCsv.Division dati = all.stream().filter(d -> d.name().equals("大田镇")).findFirst().orElseThrow();
        assertEquals("440785011", dati.code());
        assertEquals(17, all.stream().filter(d -> d.level() == JurisdictionLevel.TOWN).count());
    }

    @Test
    void theTreeBuiltFromTheFilePlacesBaishaUnderPengjiangJiangmenGuangdong() throws Exception {
        JurisdictionTree tree = new JurisdictionTree(divisions().stream()
                .map(d -> new JurisdictionTree.Node(d.code(), d.name(), d.level(), d.parentCode())).toList());
        assertEquals(List.of("广东省", "江门市", "蓬江区", "白沙街道"),
                tree.pathTo("440703001").stream().map(JurisdictionTree.Node::name).toList());
        assertTrue(tree.isWithin("440703001", "440700"));
        assertFalse(tree.isWithin("440703001", "440785"));
        assertEquals("440703", tree.ancestorAt("440703001", JurisdictionLevel.COUNTY).orElseThrow().code());
    }

    @Test
    void aMalformedLineIsRefusedWithItsLineNumber() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ReferenceCsv.holidays(new StringReader("date,kind,name\n2026-01-01,holiday\n")));
        assertTrue(e.getMessage().contains("line 2"), e.getMessage());
    }

    @Test
    void anUnknownDayKindIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> ReferenceCsv.holidays(new StringReader("date,kind,name\n2026-01-01,party,x\n")));
    }
}
