from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from sanxiang.org.selectors import agencies_for


@login_required
def agency_list(request):
    return render(request, "org/agency_list.html", {"agencies": agencies_for(request.user)})
