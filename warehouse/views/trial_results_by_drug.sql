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
