-- one row per drug × condition × biomarker × polarity: every claim about a use of a drug, rolled up across articles
create or replace view indication_evidence as

with

source as (

    select * from indications

),

article_dates as (

    select
        article_id,
        coalesce(published_date, updated_date, reviewed_date) as first_dated,
        coalesce(updated_date, reviewed_date, published_date) as last_dated
    from articles

),

ranked_claims as (

    select
        source.indication_id,
        source.article_id,
        source.sentence_id,
        source.drug_id,
        source.condition_id,
        source.biomarker,
        source.negated,
        source.status,
        source.setting,
        source.regulators,
        article_dates.first_dated,
        article_dates.last_dated,
        -- strongest first: approved > recommended > used > investigational;
        -- not_recommended > not_indicated
        case source.status
            when 'approved' then 1
            when 'recommended' then 2
            when 'used' then 3
            when 'investigational' then 4
            when 'not_recommended' then 1
            when 'not_indicated' then 2
            else 9
        end as status_rank
    from source
    left join article_dates
        on source.article_id = article_dates.article_id

),

rolled_up as (

    select
        ranked_claims.drug_id,
        ranked_claims.condition_id,
        ranked_claims.biomarker,
        ranked_claims.negated,
        arg_min(ranked_claims.status, ranked_claims.status_rank) as strongest_status,
        list_sort(list_distinct(flatten(list(ranked_claims.regulators)))) as regulators,
        list_sort(list_distinct(list(ranked_claims.setting))) as settings,
        list_sort(list_distinct(list(ranked_claims.status))) as statuses,
        count(distinct ranked_claims.article_id) as n_articles,
        count(distinct ranked_claims.sentence_id) as n_sentences,
        count(*) as n_claims,
        min(ranked_claims.first_dated) as first_seen,
        max(ranked_claims.last_dated) as last_seen,
        list_sort(list_distinct(list(ranked_claims.article_id))) as article_ids
    from ranked_claims
    group by
        ranked_claims.drug_id,
        ranked_claims.condition_id,
        ranked_claims.biomarker,
        ranked_claims.negated

)

select
    rolled_up.drug_id,
    drugs.name as drug_name,
    rolled_up.condition_id,
    conditions.name as condition_name,
    rolled_up.biomarker,
    rolled_up.negated,
    rolled_up.strongest_status,
    rolled_up.statuses,
    rolled_up.regulators,
    rolled_up.settings,
    rolled_up.n_articles,
    rolled_up.n_sentences,
    rolled_up.n_claims,
    rolled_up.first_seen,
    rolled_up.last_seen,
    rolled_up.article_ids
from rolled_up
left join drugs
    on rolled_up.drug_id = drugs.drug_id
left join conditions
    on rolled_up.condition_id = conditions.condition_id
order by
    rolled_up.drug_id,
    rolled_up.condition_id,
    rolled_up.biomarker nulls first,
    rolled_up.negated;

comment on view indication_evidence is 'One row per drug × condition × biomarker × polarity: every claim about a use of a drug, rolled up across articles';

-- column comments: generated from columns.yaml by `python -m warehouse.views.columns --write`
comment on column indication_evidence.drug_id is 'Drug the claim is about.';
comment on column indication_evidence.drug_name is 'Display name of the drug.';
comment on column indication_evidence.condition_id is 'Condition the drug is claimed for.';
comment on column indication_evidence.condition_name is 'Display name of the condition.';
comment on column indication_evidence.biomarker is 'Biomarker the claims are restricted to (HGNC symbol), or null for claims without one.';
comment on column indication_evidence.negated is 'False for claims that a use holds, true for claims that it does not (not indicated / not recommended).';
comment on column indication_evidence.strongest_status is 'Strongest status among the claims: approved > recommended > used > investigational for assertions, not_recommended > not_indicated for negations.';
comment on column indication_evidence.statuses is 'Every distinct status among the claims, sorted.';
comment on column indication_evidence.regulators is 'Every regulator named by the claims (FDA, EMA, ...), sorted.';
comment on column indication_evidence.settings is 'Every distinct treatment setting of the claims (null when a claim names none), sorted.';
comment on column indication_evidence.n_articles is 'Number of distinct articles making such a claim.';
comment on column indication_evidence.n_sentences is 'Number of distinct sentences making such a claim.';
comment on column indication_evidence.n_claims is 'Number of claims (rows of `indications`) rolled up into this row.';
comment on column indication_evidence.first_seen is 'Earliest date of an article making the claim (published, else updated, else reviewed date).';
comment on column indication_evidence.last_seen is 'Latest date of an article making the claim (updated, else reviewed, else published date).';
comment on column indication_evidence.article_ids is 'The articles making the claim, sorted.';
