-- one row per pair of claims about the same drug × condition where one article asserts it and another negates it
create or replace view indication_conflicts as

with

source as (

    select * from indications

),

sources_of_articles as (

    select
        article_id,
        source_path,
        source_url,
        publisher,
        title
    from articles

),

assertions as (

    select * from source where not negated

),

negations as (

    select * from source where negated

),

conflicting_pairs as (

    select
        assertions.drug_id,
        assertions.condition_id,
        assertions.indication_id as asserting_indication_id,
        assertions.article_id as asserting_article_id,
        assertions.status as asserting_status,
        assertions.setting as asserting_setting,
        assertions.biomarker as asserting_biomarker,
        assertions.population as asserting_population,
        assertions.evidence as asserting_evidence,
        negations.indication_id as negating_indication_id,
        negations.article_id as negating_article_id,
        negations.status as negating_status,
        negations.setting as negating_setting,
        negations.biomarker as negating_biomarker,
        negations.population as negating_population,
        negations.negation_cue as negating_cue,
        negations.evidence as negating_evidence,
        -- a negation restricted to another subgroup ("not for newly diagnosed") may be
        -- compatible with the assertion; flag it so a reviewer can triage
        (assertions.setting is distinct from negations.setting
            or assertions.biomarker is distinct from negations.biomarker
            or assertions.population is distinct from negations.population
            or assertions.lineage is distinct from negations.lineage
            or assertions.subtype is distinct from negations.subtype) as qualifiers_differ
    from assertions
    inner join negations
        on assertions.drug_id = negations.drug_id
        and assertions.condition_id = negations.condition_id
        and assertions.article_id <> negations.article_id

)

select
    conflicting_pairs.drug_id,
    conflicting_pairs.condition_id,
    conflicting_pairs.qualifiers_differ,
    conflicting_pairs.asserting_status,
    conflicting_pairs.asserting_setting,
    conflicting_pairs.asserting_biomarker,
    conflicting_pairs.asserting_population,
    conflicting_pairs.asserting_evidence,
    conflicting_pairs.asserting_article_id,
    asserting_article.publisher as asserting_publisher,
    asserting_article.title as asserting_title,
    asserting_article.source_path as asserting_source_path,
    asserting_article.source_url as asserting_source_url,
    conflicting_pairs.negating_status,
    conflicting_pairs.negating_setting,
    conflicting_pairs.negating_biomarker,
    conflicting_pairs.negating_population,
    conflicting_pairs.negating_cue,
    conflicting_pairs.negating_evidence,
    conflicting_pairs.negating_article_id,
    negating_article.publisher as negating_publisher,
    negating_article.title as negating_title,
    negating_article.source_path as negating_source_path,
    negating_article.source_url as negating_source_url,
    conflicting_pairs.asserting_indication_id,
    conflicting_pairs.negating_indication_id
from conflicting_pairs
left join sources_of_articles as asserting_article
    on conflicting_pairs.asserting_article_id = asserting_article.article_id
left join sources_of_articles as negating_article
    on conflicting_pairs.negating_article_id = negating_article.article_id
order by
    conflicting_pairs.drug_id,
    conflicting_pairs.condition_id,
    conflicting_pairs.asserting_indication_id,
    conflicting_pairs.negating_indication_id;

comment on view indication_conflicts is 'One row per pair of claims about the same drug × condition where one article asserts it and another negates it';

-- column comments: generated from columns.yaml by `python -m warehouse.views.columns --write`
comment on column indication_conflicts.drug_id is 'Drug the claim is about.';
comment on column indication_conflicts.condition_id is 'Condition the drug is claimed for.';
comment on column indication_conflicts.qualifiers_differ is 'True when the two claims differ in setting, biomarker, population, lineage or subtype, so the negation may concern another subgroup and both can hold; false for a flat contradiction.';
comment on column indication_conflicts.asserting_status is 'Status of the asserting claim (approved, recommended, used or investigational).';
comment on column indication_conflicts.asserting_setting is 'Treatment setting of the asserting claim, if any.';
comment on column indication_conflicts.asserting_biomarker is 'Biomarker of the asserting claim, if any.';
comment on column indication_conflicts.asserting_population is 'Population of the asserting claim, if any.';
comment on column indication_conflicts.asserting_evidence is 'The sentence the asserting claim was read from.';
comment on column indication_conflicts.asserting_article_id is 'Article of the asserting claim.';
comment on column indication_conflicts.asserting_publisher is 'Publisher of the asserting article.';
comment on column indication_conflicts.asserting_title is 'Title of the asserting article.';
comment on column indication_conflicts.asserting_source_path is 'Source file of the asserting article, relative to --source.';
comment on column indication_conflicts.asserting_source_url is 'URL of the asserting article, when known.';
comment on column indication_conflicts.negating_status is 'Status of the negating claim (not_indicated or not_recommended).';
comment on column indication_conflicts.negating_setting is 'Treatment setting of the negating claim, if any.';
comment on column indication_conflicts.negating_biomarker is 'Biomarker of the negating claim, if any.';
comment on column indication_conflicts.negating_population is 'Population of the negating claim, if any.';
comment on column indication_conflicts.negating_cue is 'The negation words that made the claim negative, as written.';
comment on column indication_conflicts.negating_evidence is 'The sentence the negating claim was read from.';
comment on column indication_conflicts.negating_article_id is 'Article of the negating claim (always another article than the asserting one).';
comment on column indication_conflicts.negating_publisher is 'Publisher of the negating article.';
comment on column indication_conflicts.negating_title is 'Title of the negating article.';
comment on column indication_conflicts.negating_source_path is 'Source file of the negating article, relative to --source.';
comment on column indication_conflicts.negating_source_url is 'URL of the negating article, when known.';
comment on column indication_conflicts.asserting_indication_id is 'Row id of the asserting claim in `indications`.';
comment on column indication_conflicts.negating_indication_id is 'Row id of the negating claim in `indications`.';
