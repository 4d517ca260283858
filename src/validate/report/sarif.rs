//! `--format sarif`: a SARIF 2.1.0 log (serde-sarif's types, generated from
//! the official schema), with every rule and its help in the tool's driver
//! and each finding as a result with its physical location. Columns are
//! counted in Unicode code points, as the run says. Findings left out past
//! `--max-diagnostics` are counted in a notification of the invocation, one
//! per file.

use serde_json::json;
use serde_sarif::sarif::{
    ArtifactLocation, Invocation, Location, Message, MultiformatMessageString, Notification,
    PhysicalLocation, PropertyBag, Region, ReportingConfiguration, ReportingDescriptor,
    Result as SarifResult, ResultLevel, Run, Sarif, Tool, ToolComponent,
};

use crate::diagnostic::Severity;
use crate::validate::registry;

use super::Report;

fn level_name(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

fn level(severity: Severity) -> ResultLevel {
    match severity {
        Severity::Error => ResultLevel::Error,
        Severity::Warning => ResultLevel::Warning,
        Severity::Info => ResultLevel::Note,
    }
}

/// A relative path as a URI reference: unreserved characters and `/` as
/// they are, everything else percent-encoded.
fn uri(path: &str) -> String {
    let mut out = String::with_capacity(path.len());
    for byte in path.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(char::from(byte));
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

/// The tool's page for the log's `informationUri`: Cargo.toml's
/// `repository`, else its `homepage`; left out when neither is set. Never
/// schema.org's, which says nothing about sdx or its rules.
fn project_page() -> Option<&'static str> {
    [env!("CARGO_PKG_REPOSITORY"), env!("CARGO_PKG_HOMEPAGE")]
        .into_iter()
        .find(|page| page.starts_with("https://"))
}

/// Where a rule's full text is: its anchor in docs/rules.md on the
/// project's page, when the project has one.
fn rule_page(id: &str) -> Option<String> {
    project_page().map(|page| rule_page_on(page, id))
}

fn rule_page_on(page: &str, id: &str) -> String {
    format!(
        "{}/blob/main/docs/rules.md#{}",
        page.trim_end_matches('/'),
        crate::validate::registry::anchor(id)
    )
}

fn rules() -> Vec<ReportingDescriptor> {
    registry::all()
        .iter()
        .map(|rule| {
            let mut descriptor = ReportingDescriptor::builder()
                .id(rule.id)
                .short_description(
                    MultiformatMessageString::builder()
                        .text(rule.summary)
                        .build(),
                )
                .help(MultiformatMessageString::builder().text(rule.help).build())
                .default_configuration(
                    ReportingConfiguration::builder()
                        .level(json!(level_name(rule.severity)))
                        .build(),
                )
                .build();
            descriptor.help_uri = rule_page(rule.id);
            descriptor
        })
        .collect()
}

/// Renders the report as a SARIF log.
pub fn render(report: &Report) -> String {
    let results: Vec<SarifResult> = report
        .diagnostics()
        .map(|(diagnostic, _)| {
            let mut region = Region::builder().build();
            region.start_line = diagnostic.line.map(i64::from);
            region.start_column = diagnostic.column.map(i64::from);
            let physical = PhysicalLocation::builder()
                .artifact_location(
                    ArtifactLocation::builder()
                        .uri(uri(&diagnostic.file))
                        .build(),
                )
                .region(region)
                .build();
            let mut properties = PropertyBag::builder().build();
            properties
                .additional_properties
                .insert("pointer".to_owned(), json!(diagnostic.pointer));
            let rule_index = registry::all()
                .iter()
                .position(|rule| rule.id == diagnostic.rule)
                .map_or(-1, |i| i as i64);
            let mut text = diagnostic.message.clone();
            if let Some(help) = &diagnostic.help {
                text.push_str("\nhelp: ");
                text.push_str(help);
            }
            SarifResult::builder()
                .rule_id(diagnostic.rule)
                .rule_index(rule_index)
                .level(level(diagnostic.severity))
                .message(Message::builder().text(text).build())
                .locations(vec![Location::builder()
                    .physical_location(physical)
                    .build()])
                .properties(properties)
                .build()
        })
        .collect();
    let mut driver = ToolComponent::builder()
        .name("sdx")
        .version(env!("CARGO_PKG_VERSION"))
        .rules(rules())
        .build();
    driver.information_uri = project_page().map(str::to_owned);
    let mut run = Run::builder()
        .tool(Tool::builder().driver(driver).build())
        .column_kind(json!("unicodeCodePoints"))
        .results(results)
        .build();
    let notifications: Vec<Notification> = report
        .files
        .iter()
        .filter(|file| file.omitted.total() > 0)
        .map(|file| {
            let location = Location::builder()
                .physical_location(
                    PhysicalLocation::builder()
                        .artifact_location(ArtifactLocation::builder().uri(uri(&file.name)).build())
                        .build(),
                )
                .build();
            Notification::builder()
                .level(json!("note"))
                .message(
                    Message::builder()
                        .text(super::human::more_line(
                            &file.name,
                            file.omitted.total(),
                            report,
                        ))
                        .build(),
                )
                .locations(vec![location])
                .build()
        })
        .collect();
    // Inputs that could not be read: the run did not succeed, and says
    // why, so that an upload does not read the missing files' alerts as
    // fixed.
    let failures = report.problems.iter().map(|problem| {
        let builder = Notification::builder()
            .level(json!("error"))
            .message(Message::builder().text(problem.message.as_str()).build());
        match &problem.input {
            Some(input) => builder
                .locations(vec![Location::builder()
                    .physical_location(
                        PhysicalLocation::builder()
                            .artifact_location(ArtifactLocation::builder().uri(uri(input)).build())
                            .build(),
                    )
                    .build()])
                .build(),
            None => builder.build(),
        }
    });
    let notifications: Vec<Notification> = failures.chain(notifications).collect();
    if !notifications.is_empty() {
        run.invocations = Some(vec![Invocation::builder()
            .execution_successful(report.problems.is_empty())
            .tool_execution_notifications(notifications)
            .build()]);
    }
    let log = Sarif::builder()
        .schema("https://json.schemastore.org/sarif-2.1.0.json")
        .version(json!("2.1.0"))
        .runs(vec![run])
        .build();
    let mut text = serde_json::to_string_pretty(&log)
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn encodes_paths_as_uri_references() {
        assert_eq!(uri("site/a b/ñ.html"), "site/a%20b/%C3%B1.html");
        assert_eq!(uri("-"), "-");
    }

    #[test]
    fn links_go_to_the_project_and_its_rule_anchors_never_to_schema_org() {
        assert_eq!(
            rule_page_on("https://example.com/sdx/", "google/event-missing-name"),
            "https://example.com/sdx/blob/main/docs/rules.md#google-event-missing-name"
        );
        let log: serde_json::Value =
            serde_json::from_str(&render(&Report::new(Vec::new(), 0, 0, Vec::new(), false)))
                .expect("SARIF is JSON");
        let driver = &log["runs"][0]["tool"]["driver"];
        assert_eq!(
            driver["informationUri"].as_str(),
            project_page(),
            "Cargo.toml's repository or homepage, or nothing"
        );
        assert!(!log.to_string().contains("\"https://schema.org/\""));
    }
}
