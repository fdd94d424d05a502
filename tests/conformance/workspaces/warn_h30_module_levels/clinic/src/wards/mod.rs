use dosing::dose_plan;
use dosing::pumps::*;

pub fn name(n: u8) -> &'static str {
    if n == 2 { "cardio" } else { "general" }
}
