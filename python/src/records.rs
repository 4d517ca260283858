//! `Validator.validate_records`: an iterable of NDJSON lines validated as
//! `sdx validate --format ndjson -` validates standard input, by the same
//! library call, so that the results are the command line's.
//!
//! The library reads a feed from a `Read` and hands results to a callback;
//! Python wants to pull results from an iterator. A worker thread runs the
//! validation: its reader takes lines from the Python iterable (holding the
//! GIL only for that), and its callback sends each block's records down a
//! bounded channel that `__next__` waits on (without the GIL). Memory stays
//! bounded by the channel and a batch of lines, whatever the iterable's
//! length; a consumer that stops early drops the channel, and the worker
//! stops reading.

use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc::{sync_channel, Receiver, SyncSender};
use std::sync::{Arc, Mutex};

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyIterator;

use sdx::{Format, Input, InputFormat, Validator};

/// Lines taken from the iterable at a time: enough to keep the
/// validator's threads busy, few enough that the first results come soon.
const BATCH_LINES: usize = 512;
const BATCH_BYTES: usize = 256 << 10;

/// What the worker sends.
enum Message {
    /// A block's records, as `--format ndjson` lines (without newlines).
    Records(Vec<String>),
    /// The run's summary line, or the first problem of a run that could
    /// not read its input.
    Done(Result<String, String>),
}

/// An iterator of per-record results (see the module documentation).
#[pyclass(module = "sdx._sdx")]
pub struct Records {
    received: Mutex<Receiver<Message>>,
    /// Records received and not yet returned.
    pending: Mutex<std::collections::VecDeque<String>>,
    /// Set when the iterator is dropped: the worker stops reading.
    stop: Arc<AtomicBool>,
    /// An exception the iterable raised, or a line that was not text.
    failure: Arc<Mutex<Option<PyErr>>>,
    summary: Mutex<Option<String>>,
    finished: AtomicBool,
}

impl Records {
    pub fn start(validator: Arc<Validator>, iterable: &Bound<'_, PyAny>) -> PyResult<Records> {
        let iterator: Py<PyIterator> = iterable.try_iter()?.unbind();
        let (send, received) = sync_channel::<Message>(16);
        let stop = Arc::new(AtomicBool::new(false));
        let failure = Arc::new(Mutex::new(None));
        let mut reader = IterReader {
            iterator,
            buffer: Vec::new(),
            at: 0,
            stop: Arc::clone(&stop),
            failure: Arc::clone(&failure),
            line: 0,
        };
        let worker_stop = Arc::clone(&stop);
        std::thread::Builder::new()
            .name("sdx-records".to_owned())
            .spawn(move || run(&validator, &mut reader, &send, &worker_stop))
            .map_err(|error| PyValueError::new_err(format!("cannot start a thread: {error}")))?;
        Ok(Records {
            received: Mutex::new(received),
            pending: Mutex::new(std::collections::VecDeque::new()),
            stop,
            failure,
            summary: Mutex::new(None),
            finished: AtomicBool::new(false),
        })
    }
}

fn run(
    validator: &Validator,
    reader: &mut IterReader,
    send: &SyncSender<Message>,
    stop: &AtomicBool,
) {
    let report = validator.validate_records(
        &[Input::Stdin],
        Some(InputFormat::Ndjson),
        reader,
        &mut |records| {
            let lines = records
                .iter()
                .filter_map(|record| serde_json::to_string(record).ok())
                .collect();
            if send.send(Message::Records(lines)).is_err() {
                stop.store(true, Ordering::Relaxed);
            }
        },
    );
    let done = match report.problems.first() {
        Some(problem) => Err(problem.message.clone()),
        None => Ok(report.render(Format::Ndjson, false).trim_end().to_owned()),
    };
    let _ = send.send(Message::Done(done));
}

#[pymethods]
impl Records {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    /// The next record's `--format ndjson` line.
    fn __next__(&self, py: Python<'_>) -> PyResult<Option<String>> {
        loop {
            if let Some(line) = lock(&self.pending).pop_front() {
                return Ok(Some(line));
            }
            if self.finished.load(Ordering::Relaxed) {
                return Ok(None);
            }
            let message = py.detach(|| lock(&self.received).recv());
            match message {
                Ok(Message::Records(lines)) => lock(&self.pending).extend(lines),
                Ok(Message::Done(done)) => {
                    self.finished.store(true, Ordering::Relaxed);
                    if let Some(error) = lock(&self.failure).take() {
                        return Err(error);
                    }
                    match done {
                        Ok(summary) => *lock(&self.summary) = Some(summary),
                        Err(message) => return Err(crate::input_error(message, None, None)),
                    }
                }
                Err(_) => {
                    self.finished.store(true, Ordering::Relaxed);
                    return Ok(None);
                }
            }
        }
    }

    /// The summary line, once every record has been returned.
    #[getter]
    fn summary(&self) -> Option<String> {
        lock(&self.summary).clone()
    }
}

impl Drop for Records {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::Relaxed);
    }
}

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Standard input, from a Python iterable of lines.
struct IterReader {
    iterator: Py<PyIterator>,
    buffer: Vec<u8>,
    /// How much of `buffer` was read.
    at: usize,
    stop: Arc<AtomicBool>,
    failure: Arc<Mutex<Option<PyErr>>>,
    /// Lines taken so far.
    line: u64,
}

impl IterReader {
    /// Takes the next batch of lines into `buffer`; false at the end.
    fn fill(&mut self) -> std::io::Result<bool> {
        self.buffer.clear();
        self.at = 0;
        if self.stop.load(Ordering::Relaxed) {
            return Ok(false);
        }
        Python::attach(|py| {
            let mut iterator = self.iterator.bind(py).clone();
            for _ in 0..BATCH_LINES {
                let item = match iterator.next() {
                    None => break,
                    Some(Ok(item)) => item,
                    Some(Err(error)) => return Err(self.fail(error)),
                };
                self.line += 1;
                // Bytes (a file opened in binary mode) are taken as they
                // are; a str is encoded to UTF-8 first, which Python does at
                // about a tenth of what validating the line costs.
                let line = self.line;
                let text = match crate::input_bytes(&item, &|| format!("record {line}")) {
                    Ok(text) => text,
                    Err(error) => return Err(self.fail(error)),
                };
                // One line per item: a trailing line break (as from
                // `readlines()`) is dropped; one inside would make the
                // item several records.
                let text = text.strip_suffix(b"\n").unwrap_or(&text);
                let text = text.strip_suffix(b"\r").unwrap_or(text);
                if memchr::memchr2(b'\n', b'\r', text).is_some() {
                    let error = PyValueError::new_err(format!(
                        "record {} holds a line break: each item is one NDJSON line",
                        self.line
                    ));
                    return Err(self.fail(error));
                }
                self.buffer.extend_from_slice(text);
                self.buffer.push(b'\n');
                if self.buffer.len() >= BATCH_BYTES {
                    break;
                }
            }
            Ok(!self.buffer.is_empty())
        })
    }

    fn fail(&self, error: PyErr) -> std::io::Error {
        let message = error.to_string();
        *lock(&self.failure) = Some(error);
        std::io::Error::other(message)
    }
}

impl Read for IterReader {
    fn read(&mut self, out: &mut [u8]) -> std::io::Result<usize> {
        if self.at >= self.buffer.len() && !self.fill()? {
            return Ok(0);
        }
        let rest = &self.buffer[self.at..];
        let n = rest.len().min(out.len());
        out[..n].copy_from_slice(&rest[..n]);
        self.at += n;
        Ok(n)
    }
}
