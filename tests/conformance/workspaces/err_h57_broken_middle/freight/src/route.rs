use units_h57::Km;

pub struct Leg {
    pub from: &'static str,
    pub to: &'static str,
    pub length: Km,
}

pub fn total_length(legs: &[Leg]) -> Km {
    let mut sum = 0;
    for leg in legs {
        sum += leg.length.0;
    }
    sum
}
