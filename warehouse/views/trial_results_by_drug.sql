-- one row per drug × endpoint: what the trials in the corpus report for that drug on that endpoint
create or replace view trial_results_by_drug as

with

source as (

    select * from trial_results

),

results_by_drug_endpoint as (

    select
        source.drug_id,
        source.endpoint,
        count(*) as n_results,
        count(distinct source.trial_name) as n_trials,
        count(distinct source.article_id) as n_articles,
        list_sort(list_distinct(list(source.trial_name))) as trial_names,
        list_sort(list_distinct(list(source.condition_id))) as condition_ids,
        list_sort(list_distinct(list(source.comparator))) as comparators,
        list_sort(list_distinct(list(source.unit))) as units,
        min(source.value) as value_min,
        max(source.value) as value_max,
        min(source.comparator_value) as comparator_value_min,
        max(source.comparator_value) as comparator_value_max,
        min(source.hazard_ratio) as hazard_ratio_min,
        max(source.hazard_ratio) as hazard_ratio_max,
        min(source.p_value) as p_value_min,
        max(source.n_patients) as n_patients_max,
        list_sort(list_distinct(list(source.article_id))) as article_ids
    from source
    group by
        source.drug_id,
        source.endpoint

)

select
    results_by_drug_endpoint.drug_id,
    drugs.name as drug_name,
    drugs.drug_classes,
    results_by_drug_endpoint.endpoint,
    results_by_drug_endpoint.n_results,
    results_by_drug_endpoint.n_trials,
    results_by_drug_endpoint.n_articles,
    results_by_drug_endpoint.trial_names,
    results_by_drug_endpoint.condition_ids,
    results_by_drug_endpoint.comparators,
    results_by_drug_endpoint.units,
    results_by_drug_endpoint.value_min,
    results_by_drug_endpoint.value_max,
    results_by_drug_endpoint.comparator_value_min,
    results_by_drug_endpoint.comparator_value_max,
    results_by_drug_endpoint.hazard_ratio_min,
    results_by_drug_endpoint.hazard_ratio_max,
    results_by_drug_endpoint.p_value_min,
    results_by_drug_endpoint.n_patients_max,
    results_by_drug_endpoint.article_ids
from results_by_drug_endpoint
left join drugs
    on results_by_drug_endpoint.drug_id = drugs.drug_id
order by
    results_by_drug_endpoint.drug_id,
    results_by_drug_endpoint.endpoint;

comment on view trial_results_by_drug is 'One row per drug × endpoint: what the trials in the corpus report for that drug on that endpoint';

-- column comments: generated from columns.yaml by `python -m warehouse.views.columns --write`
comment on column trial_results_by_drug.drug_id is 'Drug of the experimental arm.';
comment on column trial_results_by_drug.drug_name is 'Display name of the drug.';
comment on column trial_results_by_drug.drug_classes is 'Intervention ids of the classes the drug belongs to.';
comment on column trial_results_by_drug.endpoint is 'Endpoint slug from the contract vocabulary (e.g. overall-survival).';
comment on column trial_results_by_drug.n_results is 'Number of results (rows of `trial_results`) for the drug on this endpoint.';
comment on column trial_results_by_drug.n_trials is 'Number of distinct named trials among them (results without a trial name are not counted).';
comment on column trial_results_by_drug.n_articles is 'Number of distinct articles reporting them.';
comment on column trial_results_by_drug.trial_names is 'Distinct trial names, sorted.';
comment on column trial_results_by_drug.condition_ids is 'Distinct conditions the results concern, sorted.';
comment on column trial_results_by_drug.comparators is 'Distinct comparators (drug id, placebo or text), sorted.';
comment on column trial_results_by_drug.units is 'Distinct units of the values (months, years, percent), sorted; compare values only within one unit.';
comment on column trial_results_by_drug.value_min is 'Smallest value reported for the experimental arm (a median not reached is not counted).';
comment on column trial_results_by_drug.value_max is 'Largest value reported for the experimental arm.';
comment on column trial_results_by_drug.comparator_value_min is 'Smallest value reported for the comparator arm.';
comment on column trial_results_by_drug.comparator_value_max is 'Largest value reported for the comparator arm.';
comment on column trial_results_by_drug.hazard_ratio_min is 'Smallest hazard ratio reported.';
comment on column trial_results_by_drug.hazard_ratio_max is 'Largest hazard ratio reported.';
comment on column trial_results_by_drug.p_value_min is 'Smallest p-value reported.';
comment on column trial_results_by_drug.n_patients_max is 'Largest number of patients reported for one result.';
comment on column trial_results_by_drug.article_ids is 'The articles reporting the results, sorted.';
