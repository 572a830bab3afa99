-- one row per condition × guideline (body and year): what each guideline recommends, considers or advises against
create or replace view recommendations_by_condition as

with

source as (

    select * from guideline_recommendations

),

recommendations_by_guideline as (

    select
        source.condition_id,
        source.guideline_body,
        source.guideline_year,
        list_sort(list_distinct(list(source.guideline_title))) as guideline_titles,
        count(*) as n_recommendations,
        count(distinct source.article_id) as n_articles,
        list_sort(list_distinct(flatten(list(case when source.direction = 'recommended' then source.interventions end))))
            as recommended_interventions,
        list_sort(list_distinct(flatten(list(case when source.direction in ('consider', 'option') then source.interventions end))))
            as optional_interventions,
        list_sort(list_distinct(flatten(list(case when source.direction = 'not_recommended' then source.interventions end))))
            as not_recommended_interventions,
        list_sort(list_distinct(list(source.direction))) as directions,
        list_sort(list_distinct(list(source.setting))) as settings,
        list(source.statement order by source.article_id, source.char_start) as statements,
        list_sort(list_distinct(list(source.article_id))) as article_ids
    from source
    group by
        source.condition_id,
        source.guideline_body,
        source.guideline_year

)

select
    recommendations_by_guideline.condition_id,
    conditions.name as condition_name,
    recommendations_by_guideline.guideline_body,
    recommendations_by_guideline.guideline_year,
    recommendations_by_guideline.guideline_titles,
    recommendations_by_guideline.n_recommendations,
    recommendations_by_guideline.n_articles,
    recommendations_by_guideline.recommended_interventions,
    recommendations_by_guideline.optional_interventions,
    recommendations_by_guideline.not_recommended_interventions,
    recommendations_by_guideline.directions,
    recommendations_by_guideline.settings,
    recommendations_by_guideline.statements,
    recommendations_by_guideline.article_ids
from recommendations_by_guideline
left join conditions
    on recommendations_by_guideline.condition_id = conditions.condition_id
order by
    recommendations_by_guideline.condition_id nulls last,
    recommendations_by_guideline.guideline_body nulls last,
    recommendations_by_guideline.guideline_year nulls last;

comment on view recommendations_by_condition is 'One row per condition × guideline (body and year): what each guideline recommends, considers or advises against';

-- column comments: generated from columns.yaml by `python -m warehouse.views.columns --write`
comment on column recommendations_by_condition.condition_id is 'Condition the recommendation is for.';
comment on column recommendations_by_condition.condition_name is 'Display name of the condition.';
comment on column recommendations_by_condition.guideline_body is 'Issuing body, e.g. NCCN, ESMO, ELN, JSH; null when none is given.';
comment on column recommendations_by_condition.guideline_year is 'Year of the guideline edition.';
comment on column recommendations_by_condition.guideline_titles is 'Distinct guideline titles given for this body and year, sorted.';
comment on column recommendations_by_condition.n_recommendations is 'Number of recommendation statements (rows of `guideline_recommendations`).';
comment on column recommendations_by_condition.n_articles is 'Number of distinct articles reporting these recommendations.';
comment on column recommendations_by_condition.recommended_interventions is 'Interventions (drug or intervention ids) the guideline recommends, sorted.';
comment on column recommendations_by_condition.optional_interventions is 'Interventions the guideline says to consider or gives as an option, sorted.';
comment on column recommendations_by_condition.not_recommended_interventions is 'Interventions the guideline recommends against, sorted.';
comment on column recommendations_by_condition.directions is 'Distinct directions of the statements (recommended, consider, option, not_recommended), sorted.';
comment on column recommendations_by_condition.settings is 'Distinct treatment settings of the statements, sorted.';
comment on column recommendations_by_condition.statements is 'The recommendation clauses as written, in article and reading order.';
comment on column recommendations_by_condition.article_ids is 'The articles reporting these recommendations, sorted.';
