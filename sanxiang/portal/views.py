from django.shortcuts import render

from sanxiang.org.selectors import public_agencies


def home(request):
    return render(request, "portal/home.html", {"agencies": public_agencies()})
