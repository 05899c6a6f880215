from django.conf import settings


def platform(request):
    return {"PLATFORM_NAME": "三项制度平台", "PLATFORM_NAME_EN": "Sanxiang", "DEBUG": settings.DEBUG}
