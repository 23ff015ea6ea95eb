"""Words of the donor report in English and Spanish: headings, labels, status words, months.

Only the report's own words are translated; what users wrote (titles, names, narratives) is printed
as written. `text(lang, key)` falls back to English for a key a translation lacks.
"""

from __future__ import annotations

from datetime import date

from flare_monitor.errors import ValidationError
from flare_monitor.i18n import _

LANGUAGES = ("en", "es")

EN: dict[str, str] = {
    # cover
    "report_title": "Quarterly progress report",
    "report_title_half": "Semi-annual progress report",
    "report_title_year": "Annual progress report",
    "project": "Project",
    "project_code": "Project code",
    "donor": "Donor",
    "grant_number": "Grant number",
    "reporting_period": "Reporting period",
    "countries": "Countries",
    "prepared_by": "Prepared by",
    "date": "Date",
    "fiscal_note": "Fiscal year starting in {month}",
    # headings
    "contents": "Contents",
    "executive_summary": "Executive summary",
    "key_figures": "Key figures",
    "highlights": "Highlights",
    "progress_by_result": "Progress by result level",
    "other_indicators": "Indicators not linked to a result",
    "iptt_all_countries": "The indicator tables cover all countries of the project.",
    "country_sections": "Progress by country",
    "activities_completed": "Activities completed in the period",
    "trainings": "Trainings and participants",
    "participants_by_agency": "Participants trained by sex and agency type",
    "charts": "Charts",
    "key_indicators": "Key indicators",
    "country_narrative": "Narrative",
    "challenges": "Challenges and how they were addressed",
    "lessons_learned": "Lessons learned",
    "good_practices": "Good practices",
    "lessons_and_practices": "Lessons learned and good practices",
    "next_period_plan": "Plan for the next period",
    "planned_activities": "Activities planned for {period}",
    "annexes": "Annexes",
    "annex_activities": "Annex 1. Activities of the period",
    "annex_trainings": "Annex 2. Trainings of the period",
    "annex_participants": "Annex 3. Participants of the period",
    # table headers
    "code": "Code",
    "indicator": "Indicator",
    "baseline": "Baseline",
    "period_target": "Period target",
    "period_actual": "Period actual (F\u00a0/\u00a0M)",
    "cumulative_actual": "Actual to date (F\u00a0/\u00a0M)",
    "lop_target": "LoP target",
    "pct_period": "% of period target",
    "pct_lop": "% of LoP target",
    "status": "Status",
    "title": "Title",
    "type": "Type",
    "dates": "Dates",
    "venue": "Venue",
    "country": "Country",
    "female": "Female",
    "male": "Male",
    "other_nr": "Other / not recorded",
    "total": "Total",
    "agency_type": "Agency type",
    "name": "Name",
    "sex": "Sex",
    "organization": "Organization",
    "position": "Position",
    "activities": "Activities",
    "people_count": "People",
    "figure": "Figure",
    "this_period": "This period",
    "cumulative": "Cumulative",
    "people": "people",
    "F": "F",
    "M": "M",
    "O": "O",
    # key figures
    "kf_activities_completed": "Activities completed",
    "kf_trainings": "Trainings held",
    "kf_indicators_by_status": "Indicators by status (this period)",
    "kf_people": "{name}",
    # misc
    "none_in_period": "None in this period.",
    "no_narrative": "No narrative was written for this section.",
    "no_indicators": "No indicators at this level.",
    "no_trainings": "No trainings in this period.",
    "annex_participants_note": (
        "Participants of the trainings and activities of the period; records of victims (marked "
        "sensitive) are never listed. Contact details are not included."
    ),
    "page_x_of_y": "Page {page} of {pages}",
    "generated_on": "Generated on {date}",
    "chart_people_title": "People trained by sex and agency type",
    "chart_cumulative_title": "Cumulative actual against target",
    "chart_activities_title": "Activities by status",
    "chart_actual": "Cumulative actual",
    "chart_target": "Cumulative target",
    "chart_people_axis": "People trained",
    "chart_count_axis": "Activities",
    "yes": "Yes",
    "no": "No",
    # statuses
    "on_track": "On track",
    "needs_attention": "Needs attention",
    "off_track": "Off track",
    "no_target": "No target",
    # activity statuses / types
    "planned": "Planned",
    "ongoing": "Ongoing",
    "completed": "Completed",
    "postponed": "Postponed",
    "cancelled": "Cancelled",
    "training": "Training",
    "workshop": "Workshop",
    "meeting": "Meeting",
    "research": "Research",
    "policy_advice": "Policy advice",
    "awareness_raising": "Awareness raising",
    "technical_assistance": "Technical assistance",
    "other": "Other",
    # organization types
    "labour_department": "Labour department",
    "law_enforcement": "Law enforcement",
    "labour_inspectorate": "Labour inspectorate",
    "judiciary": "Judiciary",
    "employers_organization": "Employers' organization",
    "workers_organization": "Workers' organization",
    "ngo": "NGO",
    "un_international": "UN / international",
    "academia": "Academia",
    "government_other": "Other government",
    "no_organization": "No organization recorded",
    "not_recorded": "Not recorded",
    # one person's sex (a list of people), where "female" above heads a column of counts
    "person_female": "Female",
    "person_male": "Male",
    "person_other": "Other",
    "person_not_recorded": "Not recorded",
    # figures that explain themselves
    "F_M": "(F\u00a0/\u00a0M)",
    "F_M_O": "(F\u00a0/\u00a0M\u00a0/\u00a0O)",
    "cumulative_target": "Target to date",
    "pct_cumulative": "% of target to date",
    "this_period_sex": "This period (F\u00a0/\u00a0M)",
    "cumulative_sex": "Cumulative (F\u00a0/\u00a0M)",
    "actual": "Actual",
    "actual_to_date": "Actual to date",
    "unit": "Unit",
    "unit_number": "number",
    "unit_percentage": "percentage",
    "unit_yes_no": "yes/no",
    "unit_level": "level",
    "comment": "Comment",
    "provisional": "Provisional",
    "provisional_mark": "\u2020 Provisional: counts values entered but not yet approved.",
    "provisional_note": "Provisional figures (\u2020): {codes} count values not yet approved.",
    "approved_only_note": (
        "Only approved values are counted: values entered but not yet approved are left out."
    ),
    "status_legend": (
        "Status: for cumulative indicators the actual to date is compared with the target to date (the sum "
        "of the targets of every period so far), for the others the period's actual with the period's "
        "target; the percentage in bold is the one compared. On track at {on}% or more, needs attention "
        "from {attention}%, off track below (where fewer is better: on track up to {over}%, needs "
        "attention up to {over_attention}%). A period with a target of 0 in which nothing was achieved is "
        "on track: nothing was due."
    ),
    "whole_project": "Whole project",
    "progress_towards": "progress towards {code}",
    "empty_sections": "{count} narrative section(s) have no text: {sections}",
    "activities_not_held": "Activities postponed or cancelled",
    "planned_dates": "Planned",
    "actual_dates": "Held",
    "planned_start": "Planned start",
    "planned_end": "Planned end",
    "actual_start": "Actual start",
    "actual_end": "Actual end",
    "reason": "Reason",
    "delayed": "delayed",
    "period": "Period",
    "all": "All",
    # narrative sections of a Technical Progress Report
    "outcome_progress": "Progress towards the outcome",
    "success_story": "Success story",
    "management_coordination": "Management and coordination",
    "donor_comments": "Response to the donor's comments",
    "evaluation_follow_up": "Follow-up on evaluation recommendations",
    "vat_exemption": "VAT exemption status",
    "sustainability": "Sustainability strategy",
    "progress_by_outcome": "Progress by outcome",
    "risks_assumptions": "Risks and assumptions",
    "no_risks": "No risks are recorded in the project's risk register.",
    "risk_number": "No.",
    "risk": "Risk or assumption",
    "likelihood": "Likelihood",
    "impact": "Impact",
    "mitigation": "Mitigation",
    "risk_status": "Status",
    "level_low": "Low",
    "level_medium": "Medium",
    "level_high": "High",
    "risk_open": "Open",
    "risk_monitoring": "Monitoring",
    "risk_closed": "Closed",
    # the TPR's cover sheet
    "tpr_title": "Technical Progress Report",
    "tpr_agency": "Agency",
    "tpr_agreement": "Cooperative agreement number",
    "tpr_uei": "Unique Entity ID (UEI)",
    "tpr_grantee": "Grantee",
    "tpr_project": "Project name",
    "tpr_hq_contact": "Headquarters contact",
    "tpr_field_contact": "Field contact",
    "tpr_grant_period": "Grant period",
    "tpr_reporting_period": "Reporting period",
    "tpr_period_end": "End of the reporting period",
    "tpr_final": "Final report",
    "tpr_frequency": "Reporting frequency",
    "tpr_funding": "Total funding",
    "tpr_annexes": "Annexes",
    "tpr_certification": "Certification",
    "tpr_certify": (
        "I certify to the best of my knowledge and belief that this report is correct and complete and "
        "that the information in it was prepared in accordance with the terms of the cooperative agreement."
    ),
    "tpr_name": "Name",
    "tpr_title_of": "Title",
    "tpr_signature": "Signature",
    "frequency_quarter": "Quarterly",
    "frequency_half": "Semi-annual",
    "frequency_year": "Annual",
    "funding": (
        "Funding is provided by the United States Department of Labor under cooperative agreement number "
        "{number}."
    ),
    "funding_with_amount": (
        "Funding is provided by the United States Department of Labor under cooperative agreement number "
        "{number}, for a total of {amount}."
    ),
    "disclaimer": (
        "This material does not necessarily reflect the views or policies of the United States Department "
        "of Labor, nor does mention of trade names, commercial products, or organizations imply "
        "endorsement by the United States Government."
    ),
    "annex": "Annex",
    "annex_a": "Data Reporting Form",
    "annex_b": "Work plan status",
    "annex_c": "Response to the donor's comments",
    "annex_d": "Follow-up on evaluation recommendations",
    "annex_e": "VAT exemption status",
    "annex_f": "Sustainability strategy",
    "annex_g": "Major outputs and research products",
    "drf_note": (
        "Per indicator: the baseline, the life-of-project target and what is achieved to date; for each "
        "reporting period the target, the actual (by sex where disaggregated), the cumulative target and "
        "actual to date, and the explanation or comment entered with the values."
    ),
    "lop_achieved": "LoP achieved to date",
    "product": "Product",
    "product_kind": "Kind",
    "product_research": "Study or research",
    "product_technical_assistance": "Manual, curriculum or tool",
    "completed_on": "Completed on",
    "no_products": "No study, manual or tool has been completed yet.",
    "products_note": "Studies, manuals, curricula and tools completed to date; those of this period in bold.",
}

ES: dict[str, str] = {
    "report_title": "Informe trimestral de progreso",
    "report_title_half": "Informe semestral de progreso",
    "report_title_year": "Informe anual de progreso",
    "project": "Proyecto",
    "project_code": "Código del proyecto",
    "donor": "Donante",
    "grant_number": "Número de subvención",
    "reporting_period": "Período del informe",
    "countries": "Países",
    "prepared_by": "Preparado por",
    "date": "Fecha",
    "fiscal_note": "Año fiscal que empieza en {month}",
    "contents": "Índice",
    "executive_summary": "Resumen ejecutivo",
    "key_figures": "Cifras clave",
    "highlights": "Aspectos destacados",
    "progress_by_result": "Avance por nivel de resultado",
    "other_indicators": "Indicadores no vinculados a un resultado",
    "iptt_all_countries": "Las tablas de indicadores abarcan todos los países del proyecto.",
    "country_sections": "Avance por país",
    "activities_completed": "Actividades realizadas en el período",
    "trainings": "Capacitaciones y participantes",
    "participants_by_agency": "Personas capacitadas por sexo y tipo de institución",
    "charts": "Gráficos",
    "key_indicators": "Indicadores clave",
    "country_narrative": "Narrativa",
    "challenges": "Desafíos y cómo se abordaron",
    "lessons_learned": "Lecciones aprendidas",
    "good_practices": "Buenas prácticas",
    "lessons_and_practices": "Lecciones aprendidas y buenas prácticas",
    "next_period_plan": "Plan para el próximo período",
    "planned_activities": "Actividades previstas para {period}",
    "annexes": "Anexos",
    "annex_activities": "Anexo 1. Actividades del período",
    "annex_trainings": "Anexo 2. Capacitaciones del período",
    "annex_participants": "Anexo 3. Participantes del período",
    "code": "Código",
    "indicator": "Indicador",
    "baseline": "Línea de base",
    "period_target": "Meta del período",
    "period_actual": "Logro del período (M\u00a0/\u00a0H)",
    "cumulative_actual": "Logro a la fecha (M\u00a0/\u00a0H)",
    "lop_target": "Meta total",
    "pct_period": "% meta del período",
    "pct_lop": "% meta total",
    "status": "Estado",
    "title": "Título",
    "type": "Tipo",
    "dates": "Fechas",
    "venue": "Lugar",
    "country": "País",
    "female": "Mujeres",
    "male": "Hombres",
    "other_nr": "Otro / no registrado",
    "total": "Total",
    "agency_type": "Tipo de institución",
    "name": "Nombre",
    "sex": "Sexo",
    "organization": "Organización",
    "position": "Cargo",
    "activities": "Actividades",
    "people_count": "Personas",
    "figure": "Cifra",
    "this_period": "Este período",
    "cumulative": "Acumulado",
    "people": "personas",
    "F": "M",
    "M": "H",
    "O": "O",
    "kf_activities_completed": "Actividades realizadas",
    "kf_trainings": "Capacitaciones realizadas",
    "kf_indicators_by_status": "Indicadores por estado (este período)",
    "kf_people": "{name}",
    "none_in_period": "Ninguna en este período.",
    "no_narrative": "No se redactó texto para esta sección.",
    "no_indicators": "No hay indicadores en este nivel.",
    "no_trainings": "No hubo capacitaciones en este período.",
    "annex_participants_note": (
        "Participantes de las capacitaciones y actividades del período; los registros de víctimas "
        "(marcados como sensibles) nunca se incluyen. No se incluyen datos de contacto."
    ),
    "page_x_of_y": "Página {page} de {pages}",
    "generated_on": "Generado el {date}",
    "chart_people_title": "Personas capacitadas por sexo y tipo de institución",
    "chart_cumulative_title": "Logro acumulado frente a la meta",
    "chart_activities_title": "Actividades por estado",
    "chart_actual": "Logro acumulado",
    "chart_target": "Meta acumulada",
    "chart_people_axis": "Personas capacitadas",
    "chart_count_axis": "Actividades",
    "yes": "Sí",
    "no": "No",
    "on_track": "En buen camino",
    "needs_attention": "Requiere atención",
    "off_track": "Retrasado",
    "no_target": "Sin meta",
    "planned": "Prevista",
    "ongoing": "En ejecución",
    "completed": "Realizada",
    "postponed": "Aplazada",
    "cancelled": "Cancelada",
    "training": "Capacitación",
    "workshop": "Taller",
    "meeting": "Reunión",
    "research": "Investigación",
    "policy_advice": "Asesoría en políticas",
    "awareness_raising": "Sensibilización",
    "technical_assistance": "Asistencia técnica",
    "other": "Otro",
    "labour_department": "Departamento de trabajo",
    "law_enforcement": "Fuerzas del orden",
    "labour_inspectorate": "Inspección del trabajo",
    "judiciary": "Poder judicial",
    "employers_organization": "Organización de empleadores",
    "workers_organization": "Organización de trabajadores",
    "ngo": "ONG",
    "un_international": "ONU / internacional",
    "academia": "Academia",
    "government_other": "Otro organismo público",
    "no_organization": "Sin organización registrada",
    "not_recorded": "No registrado",
    "person_female": "Mujer",
    "person_male": "Hombre",
    "person_other": "Otro",
    "person_not_recorded": "No registrado",
    "F_M": "(M\u00a0/\u00a0H)",
    "F_M_O": "(M\u00a0/\u00a0H\u00a0/\u00a0O)",
    "cumulative_target": "Meta a la fecha",
    "pct_cumulative": "% meta a la fecha",
    "this_period_sex": "Este período (M\u00a0/\u00a0H)",
    "cumulative_sex": "Acumulado (M\u00a0/\u00a0H)",
    "actual": "Logro",
    "actual_to_date": "Logro a la fecha",
    "unit": "Unidad",
    "unit_number": "número",
    "unit_percentage": "porcentaje",
    "unit_yes_no": "sí/no",
    "unit_level": "nivel",
    "comment": "Comentario",
    "provisional": "Provisional",
    "provisional_mark": "\u2020 Provisional: cuenta valores ingresados aún no aprobados.",
    "provisional_note": "Cifras provisionales (\u2020): {codes} cuentan valores aún no aprobados.",
    "approved_only_note": "Solo se cuentan los valores aprobados: los ingresados aún no aprobados se omiten.",
    "status_legend": (
        "Estado: en los indicadores acumulativos se compara el logro a la fecha con la meta a la fecha (la "
        "suma de las metas de todos los períodos hasta ahora); en los demás, el logro del período con su "
        "meta; el porcentaje en negrita es el comparado. En buen camino desde el {on}%, requiere atención "
        "desde el {attention}%, retrasado por debajo (donde menos es mejor: en buen camino hasta el {over}%, "
        "requiere atención hasta el {over_attention}%). Un período con meta 0 en el que no se logró nada "
        "está en buen camino: no se esperaba nada."
    ),
    "whole_project": "Todo el proyecto",
    "progress_towards": "avance hacia {code}",
    "empty_sections": "{count} sección(es) narrativa(s) sin texto: {sections}",
    "activities_not_held": "Actividades aplazadas o canceladas",
    "planned_dates": "Prevista",
    "actual_dates": "Realizada",
    "planned_start": "Inicio previsto",
    "planned_end": "Fin previsto",
    "actual_start": "Inicio real",
    "actual_end": "Fin real",
    "reason": "Motivo",
    "delayed": "con retraso",
    "period": "Período",
    "all": "Todos",
    "outcome_progress": "Avance hacia el resultado",
    "success_story": "Historia de éxito",
    "management_coordination": "Gestión y coordinación",
    "donor_comments": "Respuesta a los comentarios del donante",
    "evaluation_follow_up": "Seguimiento de las recomendaciones de evaluación",
    "vat_exemption": "Exención del IVA",
    "sustainability": "Estrategia de sostenibilidad",
    "progress_by_outcome": "Avance por resultado",
    "risks_assumptions": "Riesgos y supuestos",
    "no_risks": "No hay riesgos registrados en el registro de riesgos del proyecto.",
    "risk_number": "N.º",
    "risk": "Riesgo o supuesto",
    "likelihood": "Probabilidad",
    "impact": "Impacto",
    "mitigation": "Mitigación",
    "risk_status": "Estado",
    "level_low": "Baja",
    "level_medium": "Media",
    "level_high": "Alta",
    "risk_open": "Abierto",
    "risk_monitoring": "En seguimiento",
    "risk_closed": "Cerrado",
    "tpr_title": "Informe técnico de progreso",
    "tpr_agency": "Agencia",
    "tpr_agreement": "Número del acuerdo de cooperación",
    "tpr_uei": "Identificador único de entidad (UEI)",
    "tpr_grantee": "Beneficiario",
    "tpr_project": "Nombre del proyecto",
    "tpr_hq_contact": "Contacto en la sede",
    "tpr_field_contact": "Contacto en el terreno",
    "tpr_grant_period": "Período del acuerdo",
    "tpr_reporting_period": "Período del informe",
    "tpr_period_end": "Fin del período del informe",
    "tpr_final": "Informe final",
    "tpr_frequency": "Frecuencia",
    "tpr_funding": "Financiamiento total",
    "tpr_annexes": "Anexos",
    "tpr_certification": "Certificación",
    "tpr_certify": (
        "Certifico, según mi leal saber y entender, que este informe es correcto y completo y que la "
        "información que contiene se preparó conforme a los términos del acuerdo de cooperación."
    ),
    "tpr_name": "Nombre",
    "tpr_title_of": "Cargo",
    "tpr_signature": "Firma",
    "frequency_quarter": "Trimestral",
    "frequency_half": "Semestral",
    "frequency_year": "Anual",
    "funding": (
        "El financiamiento lo otorga el Departamento de Trabajo de los Estados Unidos en virtud del acuerdo "
        "de cooperación número {number}."
    ),
    "funding_with_amount": (
        "El financiamiento lo otorga el Departamento de Trabajo de los Estados Unidos en virtud del acuerdo "
        "de cooperación número {number}, por un total de {amount}."
    ),
    "disclaimer": (
        "Este material no refleja necesariamente las opiniones o políticas del Departamento de Trabajo de "
        "los Estados Unidos, ni la mención de marcas, productos comerciales u organizaciones implica su "
        "respaldo por el Gobierno de los Estados Unidos."
    ),
    "annex": "Anexo",
    "annex_a": "Formulario de reporte de datos",
    "annex_b": "Estado del plan de trabajo",
    "annex_c": "Respuesta a los comentarios del donante",
    "annex_d": "Seguimiento de las recomendaciones de evaluación",
    "annex_e": "Exención del IVA",
    "annex_f": "Estrategia de sostenibilidad",
    "annex_g": "Principales productos e investigaciones",
    "drf_note": (
        "Por indicador: la línea de base, la meta total del proyecto y lo logrado a la fecha; por período "
        "de reporte, la meta, el logro (por sexo cuando se desagrega), la meta y el logro acumulados a la "
        "fecha, y la explicación o el comentario ingresado con los valores."
    ),
    "lop_achieved": "Logro total a la fecha",
    "product": "Producto",
    "product_kind": "Tipo",
    "product_research": "Estudio o investigación",
    "product_technical_assistance": "Manual, currículo o herramienta",
    "completed_on": "Terminado el",
    "no_products": "Aún no se ha terminado ningún estudio, manual ni herramienta.",
    "products_note": (
        "Estudios, manuales, currículos y herramientas terminados a la fecha; en negrita, los de este "
        "período."
    ),
}

MONTHS = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September",
           "October", "November", "December"),
    "es": ("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
           "octubre", "noviembre", "diciembre"),
}  # fmt: skip
MONTHS_SHORT = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"),
    "es": ("ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sept", "oct", "nov", "dic"),
}

TEXTS = {"en": EN, "es": ES}


def check_language(lang: str | None) -> str:
    code = (lang or "en").strip().lower()
    if code not in TEXTS:
        raise ValidationError(
            _("language: '{lang}' is not one of {items}", lang=lang, items=", ".join(LANGUAGES)), "language"
        )
    return code


def text(lang: str, key: str, **values: object) -> str:
    """The word or phrase `key` in `lang` (English when the translation lacks it), formatted."""
    template = TEXTS.get(lang, EN).get(key) or EN.get(key) or key
    return template.format(**values) if values else template


def format_date(day: date, lang: str, short: bool = False) -> str:
    """16 April 2024 / 16 de abril de 2024 (short: 16 Apr 2024 / 16 abr 2024)."""
    months = (MONTHS_SHORT if short else MONTHS).get(lang, MONTHS["en"])
    month = months[day.month - 1]
    if lang == "es" and not short:
        return f"{day.day} de {month} de {day.year}"
    return f"{day.day} {month} {day.year}"


def format_range(start: date, end: date, lang: str, short: bool = False) -> str:
    """A date range; a one-day range is one date."""
    if start == end:
        return format_date(start, lang, short)
    return f"{format_date(start, lang, short)} \u2013 {format_date(end, lang, short)}"


def month_name(month: int, lang: str) -> str:
    return MONTHS.get(lang, MONTHS["en"])[month - 1]


def format_number(value: float | int | None, lang: str = "en", decimals: int = 1) -> str:
    """1,234 / 1,234.5 in English; 1.234 / 1.234,5 in Spanish; None → an en dash."""
    if value is None:
        return "\u2013"
    rounded = round(float(value), decimals)
    if rounded.is_integer():
        body = f"{int(rounded):,}"
    else:
        body = f"{rounded:,.{decimals}f}"
    if lang == "es":
        body = body.replace(",", "\u0000").replace(".", ",").replace("\u0000", ".")
    return body


def format_value(value: float | int | None, unit: str, lang: str = "en") -> str:
    """A figure as the IPTT prints it: percentages with %, yes/no as words, numbers grouped."""
    if value is None:
        return "\u2013"
    if unit == "percentage":
        return f"{format_number(value, lang)}%"
    if unit == "yes_no":
        return text(lang, "yes") if value else text(lang, "no")
    return format_number(value, lang)


def format_percent(value: float | None, lang: str = "en") -> str:
    """Percent achieved, whole numbers: 96%."""
    if value is None:
        return "\u2013"
    return f"{format_number(value, lang, decimals=0)}%"
