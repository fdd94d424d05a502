struct Temperature {
    readings: Vec<f64>,
}

impl Temperature {
    fn average(&self) -> Option<f64> {
        if self.readings.is_empty() {
            return None;
        }
        Some(self.readings.iter().sum::<f64>() / self.readings.len() as f64)
    }

    fn max(&self) -> Option<f64> {
        self.readings.iter().copied().fold(None, |acc, x| match acc {
            None => Some(x),
            Some(m) => Some(m.max(x)),
        })
    }
}

fn main() {
    let t = Temperature { readings: vec![21.5, 23.0, 19.75] };
    println!("avg {:?} max {:?}", t.average(), t.max();
}
