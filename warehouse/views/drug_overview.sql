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
