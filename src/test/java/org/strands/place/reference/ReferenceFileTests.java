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
        List<Object[]> rows = ReferenceFile.read(ReferenceDataset.EHCP_SLCN, bytes(csv));
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst()).containsExactly("E08000007", "Stockport", 3506, 669);
    }

    @Test
    void aLookupIsKeyedByBothCodesAndARepeatedPairIsNamed() {
        String csv = """
                lsoa11_name,lsoa11_code,change_code,lsoa21_name,lsoa21_code,ltla22_name,ltla22_code
                A,E01000001,S,A1,E01033001,X,E09000001
                A,E01000001,S,A2,E01033002,X,E09000001
                A,E01000001,S,A2,E01033002,X,E09000001
                """;
        assertThatThrownBy(() -> ReferenceFile.read(ReferenceDataset.LSOA11_LSOA21, bytes(csv)))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.errors()).containsExactly(
                        new RowError(4, "lsoa21_code", "E01000001 and E01033002 appears again (first on row 3).")));
    }

    private static ByteArrayInputStream bytes(String text) {
        return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
    }
}
