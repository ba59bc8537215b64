package org.strands.place.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.strands.platform.InvalidInput;
import org.strands.platform.RowError;

class ReferenceFileTests {

    @Test
    void aFileOfSeveralBreakdownsKeepsOnlyTheRowsItsDatasetNames() {
        String csv = """
                \uFEFFtime_period,geographic_level,new_la_code,la_name,breakdown_topic,breakdown,ehc_plans,number_slcn
                202425,National,,,All EHC plans,All EHC plans,638745,135836
                202425,Local authority,E08000007,Stockport,All EHC plans,All EHC plans,3506,669
                202425,Local authority,E08000007,Stockport,Child or young persons age,age 5,182,91
                """;
        List<Object[]> rows = ReferenceFiles.read(ReferenceDataset.EHCP_SLCN, bytes(csv));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsExactly("E08000007", "Stockport", 3506, 669);
    }

    @Test
    void aLookupIsKeyedByBothCodes() {
        String csv = """
                lsoa11_name,lsoa11_code,change_code,lsoa21_name,lsoa21_code,ltla22_name,ltla22_code
                A,E01000001,S,A1,E01033001,X,E09000001
                A,E01000001,S,A2,E01033002,X,E09000001
                """;
        List<Object[]> rows = ReferenceFiles.read(ReferenceDataset.LSOA11_LSOA21, bytes(csv));
        assertThat(rows).extracting(row -> row[1]).containsExactly("E01033001", "E01033002");
        assertThat(ReferenceDataset.LSOA11_LSOA21.key()).extracting(Column::target).containsExactly("lsoa11_code", "lsoa21_code");
    }

    @Test
    void postcodesAreKeyedInTheirUsualFormAndKeptWithoutAGridReferenceWhenTheyHaveNone() {
        String csv = """
                pcd,laua,oseast1m,osnrth1m
                AB113AG,,,
                B1  1AA,E08000025,406649.0,286530.0
                SK1 3XE,E08000007,389561.0,389918.0
                NPT 0AD,W06000022,331500.0,188400.0
                GY1 1AA,L99999999,,
                """;
        List<Object[]> rows = ReferenceFiles.read(ReferenceDataset.POSTCODES, bytes(csv));
        assertThat(rows).extracting(row -> row[0]).containsExactly("AB11 3AG", "B1 1AA", "SK1 3XE", "NPT 0AD", "GY1 1AA");
        assertThat(rows.get(0)).containsExactly("AB11 3AG", null, null, null);
        assertThat(rows.get(2)).containsExactly("SK1 3XE", "E08000007", 389561, 389918);
    }

    @Test
    void aPostcodeThatIsNotOneIsNamedWithItsRow() {
        String csv = "pcd,laua,oseast1m,osnrth1m\nSK1,E08000007,389561.0,389918.0\n";
        assertThatThrownBy(() -> ReferenceFiles.read(ReferenceDataset.POSTCODES, bytes(csv)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsExactly(
                        new RowError(2, "pcd", "\"SK1\" is not a full UK postcode, such as SK1 3XE.")));
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
