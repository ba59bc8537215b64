package org.strands.journey;

import org.strands.provision.Choice;

/** A child's ethnic group in the 2021 Census categories of the Office for National Statistics, with not stated. */
public enum Ethnicity implements Choice {
    BANGLADESHI("Asian or Asian British: Bangladeshi"),
    CHINESE("Asian or Asian British: Chinese"),
    INDIAN("Asian or Asian British: Indian"),
    PAKISTANI("Asian or Asian British: Pakistani"),
    OTHER_ASIAN("Asian or Asian British: any other Asian background"),
    AFRICAN("Black, Black British, Caribbean or African: African"),
    CARIBBEAN("Black, Black British, Caribbean or African: Caribbean"),
    OTHER_BLACK("Black, Black British, Caribbean or African: any other Black background"),
    WHITE_AND_ASIAN("Mixed or multiple ethnic groups: White and Asian"),
    WHITE_AND_BLACK_AFRICAN("Mixed or multiple ethnic groups: White and Black African"),
    WHITE_AND_BLACK_CARIBBEAN("Mixed or multiple ethnic groups: White and Black Caribbean"),
    OTHER_MIXED("Mixed or multiple ethnic groups: any other mixed background"),
    WHITE_BRITISH("White: English, Welsh, Scottish, Northern Irish or British"),
    WHITE_IRISH("White: Irish"),
    GYPSY_OR_IRISH_TRAVELLER("White: Gypsy or Irish Traveller"),
    ROMA("White: Roma"),
    OTHER_WHITE("White: any other White background"),
    ARAB("Other ethnic group: Arab"),
    ANY_OTHER("Other ethnic group: any other ethnic group"),
    NOT_STATED("Not stated");

    private final String label;

    Ethnicity(String label) {
        this.label = label;
    }

    @Override
    public String label() {
        return label;
    }
}
