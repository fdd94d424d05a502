// Infusion dosing. The crate root quiets two lints; file modules turn them back on.
#![allow(unused_variables)]
#![allow(nonstandard_style)]

pub mod pumps;
mod math;

pub struct dose_plan {
    pub ml_per_hour: u32,
    pub hours: u32,
}

pub fn plan(weight_kg: u32, mg_per_kg: u32, concentration: u32) -> dose_plan {
    let total_mg = weight_kg * mg_per_kg;
    let unused_margin = 5;
    dose_plan { ml_per_hour: math::div_up(total_mg, concentration * 4), hours: 4 }
}

#[warn(non_camel_case_types)]
pub enum pump_state {
    Idle,
    Running,
}
