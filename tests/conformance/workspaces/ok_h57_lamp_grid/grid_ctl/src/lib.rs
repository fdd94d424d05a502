pub mod zones;

pub static SITE: &str = "Depot 7";
