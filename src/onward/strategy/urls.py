from __future__ import annotations

from django.urls import path

from onward.strategy.views import experiments, pages, report, reviews

app_name = "strategy"
_exp = "experiments/<int:experiment_id>/"
_rev = "reviews/<int:review_id>/"
urlpatterns = [
    path("", pages.overview, name="overview"),
    path("segments/", pages.segments, name="segments"),
    path("response-times/", pages.timing, name="timing"),
    path("fit/", pages.fit, name="fit"),
    path("experiments/", experiments.experiment_list, name="experiments"),
    path(_exp, experiments.experiment_detail, name="experiment"),
    path(f"{_exp}edit/", experiments.experiment_edit, name="experiment_edit"),
    path(f"{_exp}complete/", experiments.experiment_complete, name="experiment_complete"),
    path(f"{_exp}delete/", experiments.experiment_delete, name="experiment_delete"),
    path("review/", reviews.review, name="review"),
    path("review/not-now/", reviews.review_dismiss, name="review_dismiss"),
    path("reviews/", reviews.review_list, name="reviews"),
    path("report/", report.report, name="report"),
    path("report/chart.svg", report.report_chart, name="report_chart"),
    path("report/pdf/", report.report_pdf, name="report_pdf"),
    path(_rev, reviews.review_detail, name="review_detail"),
    path(f"{_rev}delete/", reviews.review_delete, name="review_delete"),
]
