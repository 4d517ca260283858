//! `sdx._sdx`: the native half of the Python package `sdx`. It holds the
//! validator and hands results back as the JSON text the command line
//! prints; `sdx/__init__.py` turns that text into dicts and documents the
//! API. Keeping the conversion in one place (serde on this side, `json` on
//! the other) is what makes the package's results equal to the CLI's, byte
//! for byte before parsing.
//!
//! Every call that validates releases the GIL: threads sharing one
//! `Validator` run in parallel.

mod records;

/// See Cargo.toml: sdx's allocations on jemalloc, as in the binary.
#[cfg(all(target_os = "linux", target_env = "gnu"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

use std::borrow::Cow;
use std::sync::Arc;

use pyo3::create_exception;
use pyo3::exceptions::{PyException, PyTypeError, PyValueError};
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyString};

use sdx::api::{self, ExportFormat};
use sdx::diagnostic::Diagnostic;
use sdx::{Format, InputFormat};

create_exception!(
    _sdx,
    InputError,
    PyException,
    "Input sdx could not read at all (where the command line exits 2): args are (message, line, column)."
);

/// Raises `InputError(message, line, column)`.
fn input_error(message: String, line: Option<u32>, column: Option<u32>) -> PyErr {
    InputError::new_err((message, line, column))
}

/// An input given as `str` (encoded to UTF-8) or as `bytes` (taken as they
/// are, as a file's bytes are by the command line: invalid UTF-8 is then a
/// finding, not an exception); a `TypeError` naming `what` for any other
/// type. Shared by `validate` and by the lines `validate_records` reads.
fn input_bytes<'a>(
    item: &'a Bound<'_, PyAny>,
    what: &dyn Fn() -> String,
) -> PyResult<Cow<'a, [u8]>> {
    if let Ok(bytes) = item.cast::<PyBytes>() {
        return Ok(Cow::Borrowed(bytes.as_bytes()));
    }
    match item.cast::<PyString>() {
        Ok(text) => Ok(Cow::Owned(text.to_cow()?.into_owned().into_bytes())),
        Err(_) => Err(PyTypeError::new_err(format!(
            "{} is a {}, not a str or bytes",
            what(),
            item.get_type()
                .name()
                .map_or_else(|_| "?".to_owned(), |n| n.to_string())
        ))),
    }
}

/// The first of a failed load's diagnostics as an `InputError`, every
/// message in its text.
fn load_error(errors: &[Diagnostic]) -> PyErr {
    let message = errors
        .iter()
        .map(ToString::to_string)
        .collect::<Vec<_>>()
        .join("\n");
    let first = errors.first();
    input_error(
        message,
        first.and_then(|d| d.line),
        first.and_then(|d| d.column),
    )
}

fn input_format(name: &str) -> PyResult<InputFormat> {
    match name {
        "json" => Ok(InputFormat::Json),
        "ndjson" => Ok(InputFormat::Ndjson),
        "html" => Ok(InputFormat::Html),
        other => Err(PyValueError::new_err(format!(
            "input_format must be \"json\", \"ndjson\" or \"html\", not {other:?}"
        ))),
    }
}

/// A validator built once (rules, profiles, compiled schemas) and shared
/// by any number of calls and threads.
#[pyclass(frozen, module = "sdx._sdx")]
struct Validator {
    inner: Arc<sdx::Validator>,
}

#[pymethods]
impl Validator {
    #[new]
    #[pyo3(signature = (*, profiles=Vec::new(), select=Vec::new(), ignore=Vec::new()))]
    fn new(profiles: Vec<String>, select: Vec<String>, ignore: Vec<String>) -> PyResult<Self> {
        let inner = api::validator(&profiles, &select, &ignore)
            .map_err(|error| PyValueError::new_err(error.to_string()))?;
        Ok(Validator {
            inner: Arc::new(inner),
        })
    }

    /// Validates one input; returns `--format json`'s report as text.
    #[pyo3(signature = (text, *, input_format="json"))]
    fn validate(
        &self,
        py: Python<'_>,
        text: &Bound<'_, PyAny>,
        input_format: &str,
    ) -> PyResult<String> {
        let format = self::input_format(input_format)?;
        let text = input_bytes(text, &|| "text".to_owned())?.into_owned();
        let inner = Arc::clone(&self.inner);
        let report = py.detach(move || inner.validate_bytes("-", format, &text));
        if let Some(problem) = report.problems.first() {
            return Err(input_error(problem.message.clone(), None, None));
        }
        Ok(report.render(Format::Json, false))
    }

    /// Validates an iterable of NDJSON lines; an iterator of the lines of
    /// `--format ndjson`, as text.
    fn validate_records(&self, records: &Bound<'_, PyAny>) -> PyResult<records::Records> {
        records::Records::start(Arc::clone(&self.inner), records)
    }
}

/// `sdx export`: the dataset's text as JSON-LD or an HTML script element.
#[pyfunction]
#[pyo3(signature = (dataset_text, *, base=None, format="jsonld"))]
fn export(
    py: Python<'_>,
    dataset_text: String,
    base: Option<String>,
    format: &str,
) -> PyResult<String> {
    let format = match format {
        "jsonld" => ExportFormat::JsonLd,
        "html" => ExportFormat::Html,
        other => {
            return Err(PyValueError::new_err(format!(
                "format must be \"jsonld\" or \"html\", not {other:?}"
            )))
        }
    };
    py.detach(move || api::export("-", &dataset_text, base.as_deref(), format))
        .map_err(|errors| load_error(&errors))
}

/// A modeled type's JSON Schema (or a graph document's), as text.
#[pyfunction]
#[pyo3(signature = (type_name=None))]
fn schema(type_name: Option<&str>) -> PyResult<String> {
    api::schema(type_name).ok_or_else(|| {
        PyValueError::new_err(format!(
            "sdx does not model the type {:?}",
            type_name.unwrap_or_default()
        ))
    })
}

/// Every rule, as `sdx rules --format json` lists them, as text.
#[pyfunction]
fn rules() -> String {
    api::rules()
}

#[pymodule]
fn _sdx(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_class::<Validator>()?;
    m.add_class::<records::Records>()?;
    m.add_function(wrap_pyfunction!(export, m)?)?;
    m.add_function(wrap_pyfunction!(schema, m)?)?;
    m.add_function(wrap_pyfunction!(rules, m)?)?;
    m.add("InputError", m.py().get_type::<InputError>())?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
