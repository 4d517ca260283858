//! `sdx validate --format ndjson`: each document's result written as one
//! line as soon as it is judged, then a summary line. To standard output
//! the lines are flushed block by block, so the command works as a filter
//! (`RDD.pipe`, Hadoop streaming, `parallel --pipe`); with `--output` the
//! file is written whole at the end, like every other format's.

use std::io::Write;
use std::path::PathBuf;

use sdx::api::one_line;
use sdx::{Format, Input, InputFormat, Problem, Record, Validator};

use super::Exit;

/// Where the lines go.
enum Out {
    /// Standard output, flushed after every block of records.
    Stdout {
        out: std::io::BufWriter<std::io::Stdout>,
        /// The reader went away (`| head`): the run goes on, unwritten.
        closed: bool,
        error: Option<std::io::Error>,
    },
    /// A file, written at the end.
    Buffer(Vec<u8>),
}

impl Out {
    fn write(&mut self, records: &[Record]) {
        match self {
            Out::Buffer(buffer) => {
                for record in records {
                    write_record(buffer, record);
                }
            }
            Out::Stdout { closed: true, .. } => {}
            Out::Stdout { out, closed, error } => {
                let mut line = Vec::with_capacity(256 * records.len());
                for record in records {
                    write_record(&mut line, record);
                }
                if let Err(failure) = out.write_all(&line).and_then(|()| out.flush()) {
                    *closed = true;
                    if failure.kind() != std::io::ErrorKind::BrokenPipe {
                        *error = Some(failure);
                    }
                }
            }
        }
    }
}

fn write_record(buffer: &mut Vec<u8>, record: &Record) {
    // A record of strings and numbers always serializes.
    if serde_json::to_writer(&mut *buffer, record).is_ok() {
        buffer.push(b'\n');
    }
}

/// Validates `inputs`, writing records as they come: to `output` whole at
/// the end when it is named, to standard output otherwise. Takes the two
/// arguments it reads, not `validate`'s argument struct, so that this file
/// stays below the one that calls it.
pub(super) fn run(
    pool: &rayon::ThreadPool,
    validator: &Validator,
    inputs: &[Input],
    (output, input_format): (Option<&PathBuf>, Option<InputFormat>),
    unfetched: Vec<Problem>,
) -> Exit {
    let mut out = match output {
        None => Out::Stdout {
            out: std::io::BufWriter::with_capacity(1 << 16, std::io::stdout()),
            closed: false,
            error: None,
        },
        Some(_) => Out::Buffer(Vec::new()),
    };
    // Standard input is a feed unless --input-format says otherwise.
    let format = input_format;
    let mut report = pool.install(|| {
        validator.validate_records(inputs, format, &mut std::io::stdin(), &mut |records| {
            out.write(&records)
        })
    });
    report.problems.extend(unfetched);
    for problem in &report.problems {
        eprintln!("error: {}", one_line(&problem.message));
    }
    let last = report.render(Format::Ndjson, false);
    match (&mut out, &output) {
        (Out::Buffer(buffer), Some(path)) => {
            if !report.problems.is_empty() {
                eprintln!(
                    "error: {} was left as it was: the run could not read every input",
                    one_line(&path.display().to_string())
                );
                return Exit::Failure;
            }
            buffer.extend_from_slice(last.as_bytes());
            if let Err(error) = sdx::api::write_atomically(path, buffer) {
                eprintln!(
                    "error: cannot write {}: {}",
                    one_line(&path.display().to_string()),
                    one_line(&error.to_string())
                );
                return Exit::Failure;
            }
        }
        (Out::Stdout { out, closed, error }, _) => {
            if !*closed {
                if let Err(failure) = out.write_all(last.as_bytes()).and_then(|()| out.flush()) {
                    if failure.kind() != std::io::ErrorKind::BrokenPipe {
                        *error = Some(failure);
                    }
                }
            }
            if let Some(error) = error {
                eprintln!("error: cannot write to standard output: {error}");
                return Exit::Failure;
            }
        }
        (Out::Buffer(_), None) => {}
    }
    if !report.problems.is_empty() {
        Exit::Failure
    } else if report.failed() {
        Exit::Findings
    } else {
        Exit::Success
    }
}
