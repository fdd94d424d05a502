use crate::consts::{AU_KM, G};

#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Kind {
    Planet,
    DwarfPlanet,
    Moon { parent: &'static str },
}

#[derive(Debug, Clone, Copy)]
pub struct Body {
    pub name: &'static str,
    pub kind: Kind,
    pub semi_major_au: f64,
}

impl Body {
    pub fn distance_km(&self) -> f64 {
        self.semi_major_au * AU_KM
    }

    /// Kepler's third law, in Earth years.
    pub fn period_years(&self) -> f64 {
        self.semi_major_au.powf(1.5)
    }
}
