//! `--param NAME=VALUE` and `--parameters FILE`: the organization's parameters given on the
//! command line, as the embedder's values (see `ecms::params`). A document's own
//! `policy.parameters` still win over them; `--param` wins over `--parameters`.

use ecms::params::{self, Parameters};
use serde_json::{Map, Value};

/// The names of every parameter, for error messages.
fn known() -> String {
    params::catalog()
        .iter()
        .map(|p| p.name)
        .collect::<Vec<_>>()
        .join(", ")
}

/// Checks that `name` is a parameter and `value` a valid value of it.
fn check(name: &str, value: &Value) -> Result<(), String> {
    let Some(info) = params::parameter(name) else {
        return Err(format!(
            "unknown parameter {name:?}; the parameters are: {} (see `ecms parameters`)",
            known()
        ));
    };
    let expected = || format!("expected {}, such as {}", info.unit, info.default);
    let mut one = Map::new();
    one.insert(name.to_owned(), value.clone());
    let parsed: Parameters = serde_json::from_value(Value::Object(one)).map_err(|e| {
        format!(
            "invalid value {value} for parameter {name}: {}: {e}",
            expected()
        )
    })?;
    if let Some(m) = parsed.risk_matrix
        && !m.is_valid()
    {
        return Err(format!(
            "invalid value {value} for parameter {name}: {}, with a scale of 2 to 10 and \
             1 < mediumFrom <= highFrom <= scale * scale",
            expected()
        ));
    }
    if let Some(p) = parsed.on_time_percent
        && !(rust_decimal::Decimal::ZERO..=rust_decimal::Decimal::ONE_HUNDRED).contains(&p.value())
    {
        return Err(format!(
            "invalid value {value} for parameter {name}: expected a percentage from 0 to 100"
        ));
    }
    Ok(())
}

/// `--param NAME=VALUE`: VALUE is JSON when it parses as JSON and is valid for the
/// parameter, else the text as a JSON string (so `onTimePercent=98` is the decimal `"98"`
/// and `incidentClosureLimit=P14D` the interval `"P14D"`).
pub(crate) fn parse_param(s: &str) -> Result<(String, Value), String> {
    let Some((name, raw)) = s.split_once('=') else {
        return Err(format!(
            "expected NAME=VALUE, e.g. onTimePercent=98; the parameters are: {}",
            known()
        ));
    };
    let name = name.trim();
    let as_string = Value::String(raw.to_owned());
    match serde_json::from_str::<Value>(raw) {
        Ok(v) => match check(name, &v) {
            Ok(()) => Ok((name.to_owned(), v)),
            // A bare number or word may be meant as text ("98" for a decimal string); if
            // that fails too, its error says more (the format of a decimal or interval).
            Err(_) if v.is_number() || v.is_boolean() => {
                check(name, &as_string).map(|()| (name.to_owned(), as_string))
            }
            Err(e) => Err(e),
        },
        Err(_) => check(name, &as_string).map(|()| (name.to_owned(), as_string)),
    }
}

/// The embedder's parameters: the object in `file` (shaped like `policy.parameters`),
/// then each `--param` over it.
pub(crate) fn embedder(
    file: Option<&std::path::Path>,
    given: &[(String, Value)],
) -> Result<Parameters, String> {
    let mut all = Map::new();
    if let Some(path) = file {
        let shown = path.display();
        let text = std::fs::read_to_string(path)
            .map_err(|e| format!("cannot read the parameters file {shown}: {e}"))?;
        let v: Value = serde_json::from_str(&text)
            .map_err(|e| format!("the parameters file {shown} is not valid JSON: {e}"))?;
        let Value::Object(map) = v else {
            return Err(format!(
                "the parameters file {shown} must hold a JSON object like policy.parameters, \
                 e.g. {{\"onTimePercent\": \"98\"}}"
            ));
        };
        for (name, value) in map {
            check(&name, &value).map_err(|e| format!("{shown}: {e}"))?;
            all.insert(name, value);
        }
    }
    for (name, value) in given {
        all.insert(name.clone(), value.clone());
    }
    serde_json::from_value(Value::Object(all)).map_err(|e| format!("invalid parameters: {e}"))
}
