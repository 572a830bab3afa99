-- Example analyst queries against WAREHOUSE/oncocurate.duckdb.
--
-- Run one with the DuckDB CLI (`duckdb WAREHOUSE/oncocurate.duckdb`) or from Python
-- (`duckdb.connect(path, read_only=True).sql(query).df()`). Each query starts with a
-- "-- name:" line and a comment saying what it answers; tests/analyst runs every one of
-- them against a warehouse built from sources/sample_corpus.

-- name: approved_for_ph_positive_all
-- Which drugs are approved for Philadelphia chromosome-positive ALL, and by whom?
select
    indication_evidence.drug_id,
    indication_evidence.regulators,
    indication_evidence.settings,
    indication_evidence.n_articles,
    indication_evidence.last_seen
from indication_evidence
where indication_evidence.condition_id = 'acute-lymphoblastic-leukemia'
    and indication_evidence.biomarker = 'BCR::ABL1'
    and indication_evidence.strongest_status = 'approved'
    and not indication_evidence.negated
order by indication_evidence.n_articles desc, indication_evidence.drug_id;

-- name: conflicting_claims
-- Which claims conflict: a drug asserted for a disease by one article and negated by another?
-- qualifiers_differ = true means the two may be compatible (e.g. different treatment settings).
select
    indication_conflicts.drug_id,
    indication_conflicts.condition_id,
    indication_conflicts.qualifiers_differ,
    indication_conflicts.asserting_publisher,
    indication_conflicts.asserting_evidence,
    indication_conflicts.negating_publisher,
    indication_conflicts.negating_evidence
from indication_conflicts
order by indication_conflicts.qualifiers_differ, indication_conflicts.drug_id, indication_conflicts.condition_id;

-- name: trial_results_for_flt3_inhibitors
-- Trial results for FLT3 inhibitors: medians, rates, hazard ratios and p values, per endpoint.
select
    trial_results.drug_id,
    trial_results.trial_name,
    trial_results.endpoint,
    trial_results.measure,
    trial_results.value,
    trial_results.comparator_value,
    trial_results.unit,
    trial_results.comparator,
    trial_results.hazard_ratio,
    trial_results.ci_low,
    trial_results.ci_high,
    trial_results.p_operator,
    trial_results.p_value
from trial_results
inner join drugs
    on trial_results.drug_id = drugs.drug_id
where list_contains(drugs.drug_classes, 'flt3-inhibitor')
order by trial_results.drug_id, trial_results.trial_name, trial_results.endpoint;

-- name: overall_survival_league_table
-- Which drugs show the strongest overall-survival benefit (lowest hazard ratio) in the corpus?
select
    trial_results_by_drug.drug_id,
    trial_results_by_drug.trial_names,
    trial_results_by_drug.hazard_ratio_min,
    trial_results_by_drug.value_max as median_months_experimental,
    trial_results_by_drug.comparator_value_max as median_months_comparator
from trial_results_by_drug
where trial_results_by_drug.endpoint = 'overall-survival'
    and trial_results_by_drug.hazard_ratio_min is not null
order by trial_results_by_drug.hazard_ratio_min;

-- name: guideline_recommendations_for_aml
-- What do guidelines recommend, offer as an option, or advise against for AML, by body and year?
select
    recommendations_by_condition.guideline_body,
    recommendations_by_condition.guideline_year,
    recommendations_by_condition.recommended_interventions,
    recommendations_by_condition.optional_interventions,
    recommendations_by_condition.not_recommended_interventions,
    recommendations_by_condition.n_recommendations
from recommendations_by_condition
where recommendations_by_condition.condition_id = 'acute-myeloid-leukemia'
order by recommendations_by_condition.guideline_year desc nulls last, recommendations_by_condition.guideline_body;

-- name: what_is_each_drug_not_for
-- Negative claims: which drugs do articles say are NOT used, indicated or recommended, and for what?
select
    indication_evidence.drug_id,
    indication_evidence.condition_id,
    indication_evidence.strongest_status,
    indication_evidence.n_articles,
    indication_evidence.article_ids
from indication_evidence
where indication_evidence.negated
order by indication_evidence.drug_id, indication_evidence.condition_id;

-- name: tki_class_overview
-- Tyrosine kinase inhibitors in the corpus: targets, identifiers and the conditions they are approved for.
select
    drug_overview.drug_id,
    drug_overview.targets,
    drug_overview.drugbank_id,
    drug_overview.atc_codes,
    drug_overview.approved_for,
    drug_overview.n_articles
from drug_overview
where list_contains(drug_overview.drug_classes, 'tyrosine-kinase-inhibitor')
order by drug_overview.n_articles desc, drug_overview.drug_id;

-- name: dosing_schedules
-- How is each drug given? Route, frequency and cycle, with the sentence that says so.
select
    regimens.drug_id,
    regimens.route,
    regimens.frequency,
    regimens.treatment_days,
    regimens.rest_days,
    regimens.cycle_days,
    regimens.evidence
from regimens
order by regimens.drug_id, regimens.route nulls last;

-- name: claims_by_publisher_and_status
-- How many claims of each status does each publisher make (patient vs professional audience)?
select
    articles.publisher,
    articles.audience,
    indications.status,
    count(*) as n_claims
from indications
inner join articles
    on indications.article_id = articles.article_id
group by articles.publisher, articles.audience, indications.status
order by articles.publisher nulls last, indications.status;

-- name: evidence_for_one_claim
-- Show the sentences (with their articles and dates) behind every claim about venetoclax.
select
    indications.condition_id,
    indications.status,
    indications.negated,
    indications.evidence,
    articles.publisher,
    articles.title,
    coalesce(articles.updated_date, articles.published_date) as article_date
from indications
inner join articles
    on indications.article_id = articles.article_id
where indications.drug_id = 'venetoclax'
order by indications.condition_id, indications.status;

-- name: cited_trials_by_doi
-- Which publications are cited most across articles (by DOI)?
select
    "references".doi,
    count(distinct "references".article_id) as n_citing_articles,
    min("references".year) as year
from "references"
where "references".doi is not null
group by "references".doi
order by n_citing_articles desc, "references".doi;

-- name: quarantine_by_reason
-- What failed validation in the last run, by table and check?
select
    quarantine.table_name,
    quarantine.failed_check,
    count(*) as n_rows
from quarantine
group by quarantine.table_name, quarantine.failed_check
order by n_rows desc, quarantine.table_name;
