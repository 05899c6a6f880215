from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from sanxiang.people.selectors import officer_get, officers_for, reviewers_for, windows_for


@login_required
def officer_list(request):
    return render(request, "people/officer_list.html", {"officers": officers_for(request.user)})


@login_required
def officer_detail(request, pk):
    return render(request, "people/officer_list.html", {"officers": [officer_get(request.user, pk)]})


@login_required
def reviewer_list(request):
    return render(request, "people/officer_list.html", {"officers": [r.officer for r in reviewers_for(request.user)]})


@login_required
def window_list(request):
    return render(request, "people/officer_list.html", {"officers": [], "windows": windows_for(request.user)})
