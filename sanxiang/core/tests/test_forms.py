from django import forms

from sanxiang.core.forms import BootstrapFormMixin


class SampleForm(BootstrapFormMixin, forms.Form):
    name = forms.CharField(max_length=3)
    kind = forms.ChoiceField(choices=[("a", "A")])
    agree = forms.BooleanField(required=False)


def test_errors_mark_their_widgets_including_service_errors():
    form = SampleForm(data={"name": "toolong", "kind": "a"})
    assert not form.is_valid()
    assert "is-invalid" in form.fields["name"].widget.attrs["class"]
    assert "is-invalid" not in form.fields["kind"].widget.attrs["class"]
    form.add_error("kind", "服务拒绝")  # what views do with a service's ValidationError
    assert "is-invalid" in form.fields["kind"].widget.attrs["class"]
    assert form.fields["agree"].widget.attrs["class"] == "form-check-input"


def test_widget_without_class_does_not_break():
    form = SampleForm(data={})
    del form.fields["name"].widget.attrs["class"]
    assert not form.is_valid()
    assert form.fields["name"].widget.attrs["class"] == "is-invalid"
