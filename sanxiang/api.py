"""The REST API under ``/api/v1/`` (django-ninja; OpenAPI at ``/api/v1/openapi.json``, docs at ``/api/v1/docs``).

Authentication: ``Authorization: Bearer <token>`` for API clients (tokens: ``sanxiang api_token``),
or the staff session (with CSRF) for the staff pages. Every router scopes its data to the caller's
agencies through the apps' selectors.
"""

from __future__ import annotations

from django.core.exceptions import PermissionDenied
from django.core.exceptions import ValidationError as DjangoValidationError
from django.http import Http404, HttpRequest
from ninja import NinjaAPI
from ninja.errors import AuthenticationError, ValidationError
from ninja.security import SessionAuth

from sanxiang.core.auth import ApiTokenAuth

ERROR_SCHEMAS = {
    "Error": {
        "title": "Error", "type": "object", "required": ["detail"],
        "properties": {"detail": {"type": "string", "description": "中文说明 / explanation"}},
    },
    "FieldErrors": {
        "title": "FieldErrors", "type": "object", "required": ["detail", "errors"],
        "properties": {
            "detail": {"type": "string"},
            "errors": {"type": "array", "items": {
                "type": "object", "required": ["field", "message"],
                "properties": {"field": {"type": "string", "description": "出错的字段 / the field"},
                               "message": {"type": "string"}, "type": {"type": "string"}},
            }},
        },
    },
}
ERROR_RESPONSES = {
    "400": ("请求体不是合法的 JSON / malformed request body", "Error"),
    "401": ("未登录或令牌无效 / authentication required", "Error"),
    "403": ("无权执行此操作 / the caller's role does not allow it", "Error"),
    "404": ("不存在或不在调用者的范围内 / not found or outside the caller's agencies", "Error"),
    "422": ("输入有误，逐字段说明 / invalid input, per field", "FieldErrors"),
}


class SanxiangAPI(NinjaAPI):
    """Declares the error responses every operation can give, so clients (and schemathesis) know them."""

    def get_openapi_schema(self, *, path_prefix=None, path_params=None):
        schema = super().get_openapi_schema(path_prefix=path_prefix, path_params=path_params)
        schema.setdefault("components", {}).setdefault("schemas", {}).update(ERROR_SCHEMAS)
        for operations in schema["paths"].values():
            for operation in operations.values():
                responses = operation.setdefault("responses", {})
                for status, (description, ref) in ERROR_RESPONSES.items():
                    responses.setdefault(status, {
                        "description": description,
                        "content": {"application/json": {"schema": {"$ref": f"#/components/schemas/{ref}"}}},
                    })
        return schema


api = SanxiangAPI(
    title="Sanxiang 三项制度平台 API",
    version="1",
    description="行政执法公示、执法全过程记录、重大执法决定法制审核。All data is scoped to the caller's agencies.",
    urls_namespace="api",
    auth=[ApiTokenAuth(), SessionAuth()],
    docs_url="/docs",
)


@api.exception_handler(ValidationError)
def _validation_error(request: HttpRequest, exc: ValidationError):
    """422 with the offending fields named (``loc``) and a readable message per field."""
    errors = [
        {"field": ".".join(str(p) for p in e.get("loc", ()) if p not in ("body", "query", "path", "payload")),
         "message": e.get("msg", ""), "type": e.get("type", "")}
        for e in exc.errors
    ]
    return api.create_response(request, {"detail": "输入有误 / invalid input", "errors": errors}, status=422)


@api.exception_handler(DjangoValidationError)
def _service_validation_error(request: HttpRequest, exc: DjangoValidationError):
    """A service refused the input: 422 naming each field, in Chinese."""
    if hasattr(exc, "error_dict"):
        errors = [{"field": field, "message": str(message)} for field, messages in exc.message_dict.items()
                  for message in messages]
    else:
        errors = [{"field": "__all__", "message": str(m)} for m in exc.messages]
    return api.create_response(request, {"detail": "输入有误 / invalid input", "errors": errors}, status=422)


@api.exception_handler(Http404)
def _not_found(request: HttpRequest, exc: Http404):
    return api.create_response(request, {"detail": str(exc) or "不存在或无权访问 / not found"}, status=404)


@api.exception_handler(PermissionDenied)
def _forbidden(request: HttpRequest, exc: PermissionDenied):
    return api.create_response(request, {"detail": "无权执行此操作 / forbidden"}, status=403)


@api.exception_handler(AuthenticationError)
def _auth_error(request: HttpRequest, exc: AuthenticationError):
    return api.create_response(request, {"detail": "未登录或令牌无效 / authentication required"}, status=401)


def _mount_routers() -> None:
    from sanxiang.org.api import router as org_router
    from sanxiang.people.api import router as people_router

    api.add_router("/org/", org_router)
    api.add_router("/people/", people_router)
    for dotted, prefix in (
        ("sanxiang.holidays.api", "/workdays/"),
        ("sanxiang.ledger.api", "/ledger/"),
    ):
        try:
            module = __import__(dotted, fromlist=["router"])
        except ModuleNotFoundError:
            continue
        if hasattr(module, "router"):
            api.add_router(prefix, module.router)


_mount_routers()
