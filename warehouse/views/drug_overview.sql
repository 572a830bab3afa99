-- one row per drug seen in the corpus: its classes, targets and identifiers, and how much the corpus says about it
create or replace view drug_overview as

with

source as (

    select * from drugs

),

indication_counts as (

    select
        indications.drug_id,
        count(*) as n_indication_claims,
        list_sort(list_distinct(list(indications.condition_id) filter (where indications.status = 'approved')))
            as approved_for,
        list_sort(list_distinct(list(indications.condition_id) filter (where not indications.negated)))
            as asserted_for,
        list_sort(list_distinct(list(indications.condition_id) filter (where indications.negated)))
            as negated_for
    from indications
    group by indications.drug_id

),

trial_counts as (

    select
        trial_results.drug_id,
        count(*) as n_trial_results,
        list_sort(list_distinct(list(trial_results.trial_name) filter (where trial_results.trial_name is not null)))
            as trial_names
    from trial_results
    group by trial_results.drug_id

),

regimen_counts as (

    select
        regimens.drug_id,
        count(*) as n_regimens
    from regimens
    group by regimens.drug_id

)

select
    source.drug_id,
    source.name,
    source.brand_names,
    source.drug_classes,
    source.targets,
    source.drugbank_id,
    source.mesh_id,
    source.chembl_id,
    source.rxcui,
    source.atc_codes,
    source.unii,
    source.n_articles,
    source.n_mentions,
    coalesce(indication_counts.n_indication_claims, 0) as n_indication_claims,
    coalesce(indication_counts.approved_for, []::varchar[]) as approved_for,
    coalesce(indication_counts.asserted_for, []::varchar[]) as asserted_for,
    coalesce(indication_counts.negated_for, []::varchar[]) as negated_for,
    coalesce(trial_counts.n_trial_results, 0) as n_trial_results,
    coalesce(trial_counts.trial_names, []::varchar[]) as trial_names,
    coalesce(regimen_counts.n_regimens, 0) as n_regimens
from source
left join indication_counts
    on source.drug_id = indication_counts.drug_id
left join trial_counts
    on source.drug_id = trial_counts.drug_id
left join regimen_counts
    on source.drug_id = regimen_counts.drug_id
order by source.drug_id;

comment on view drug_overview is 'One row per drug seen in the corpus: its classes, targets and identifiers, and how much the corpus says about it';

-- column comments: generated from columns.yaml by `python -m warehouse.views.columns --write`
comment on column drug_overview.drug_id is 'Lower-case INN generic name, words joined by ''-'', salt forms dropped.';
comment on column drug_overview.name is 'Display name of the drug.';
comment on column drug_overview.brand_names is 'Brand (trade) names that resolve to this drug.';
comment on column drug_overview.drug_classes is 'Intervention ids of the classes the drug belongs to.';
comment on column drug_overview.targets is 'Biomarker symbols the drug acts on (HGNC, fusions with ''::'').';
comment on column drug_overview.drugbank_id is 'DrugBank accession (DBnnnnn), from a versioned vocabulary.';
comment on column drug_overview.mesh_id is 'MeSH descriptor or supplementary concept id.';
comment on column drug_overview.chembl_id is 'ChEMBL compound id (CHEMBLn): PharmGKB''s cross-reference, else the ChEMBL 36 compound of that preferred name (none for most antibodies).';
comment on column drug_overview.rxcui is 'RxNorm concept unique identifier, as PharmGKB lists it (sparse for drugs approved since about 2019).';
comment on column drug_overview.atc_codes is 'WHO ATC codes of the drug (level 5), as PharmGKB lists them; some are the codes before the 2022 revision of L01.';
comment on column drug_overview.unii is 'FDA Unique Ingredient Identifier.';
comment on column drug_overview.n_articles is 'Number of articles that mention the drug.';
comment on column drug_overview.n_mentions is 'Number of mentions of the drug across all articles.';
comment on column drug_overview.n_indication_claims is 'Number of indication claims (rows of `indications`) about the drug, asserted or negated.';
comment on column drug_overview.approved_for is 'Condition ids for which some article says the drug is approved (status `approved`), sorted.';
comment on column drug_overview.asserted_for is 'Condition ids for which some article asserts a use of the drug (any non-negated claim), sorted.';
comment on column drug_overview.negated_for is 'Condition ids for which some article denies the drug''s use (a negated claim), sorted.';
comment on column drug_overview.n_trial_results is 'Number of trial results (rows of `trial_results`) with the drug as experimental arm.';
comment on column drug_overview.trial_names is 'Distinct named trials that report results for the drug, sorted.';
comment on column drug_overview.n_regimens is 'Number of dosing schedules (rows of `regimens`) stated for the drug.';
