from sanxiang.org.selectors import memberships_of, supervisions_of


def scope(request):
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {}
    return {"user_memberships": memberships_of(user), "user_supervisions": supervisions_of(user)}
