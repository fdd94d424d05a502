// Survey data imported from an old C codebase; names kept as they were.
pub mod GridRef;

pub static earth_radius_km: f64 = 6371.0;
pub const Max_Points: usize = 4;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct survey_point {
    pub lat: f64,
    pub lon: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Terrain {
    flat_land,
    Hill,
    MOUNTAIN,
    river_bank,
}

impl survey_point {
    pub const Origin: survey_point = survey_point { lat: 0.0, lon: 0.0 };

    pub fn DistanceTo(&self, other: &survey_point) -> f64 {
        let dLat = (other.lat - self.lat) * 0.017453;
        let dLon = (other.lon - self.lon) * 0.017453;
        (dLat * dLat + dLon * dLon).sqrt() * earth_radius_km
    }
}
