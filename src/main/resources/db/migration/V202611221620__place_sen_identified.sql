-- Children identified with speech, language and communication needs, by local authority (DfE).

create table ref_ehcp_slcn (              -- ehcp-slcn: EHC plans in January 2025, all ages, and those with SLCN as primary need
    la_code     text primary key,
    la_name     text not null,
    ehc_plans   integer not null check (ehc_plans >= 0),
    slcn_plans  integer not null check (slcn_plans >= 0)
);

create table ref_slcn_pupils (            -- slcn-pupils: pupils with SLCN as primary need (SEN support and EHC plans), early years to Year 6, 2021/22
    la_code     text primary key,
    la_name     text not null,
    pupils      integer not null check (pupils >= 0)
);
