// Array mistakes: wrong length in the annotation, and passing an array by value to a slice parameter.
fn average(samples: &[f64]) -> f64 {
    let mut total = 0.0;
    for s in samples {
        total += s;
    }
    total / samples.len() as f64
}

fn largest(samples: &[f64]) -> f64 {
    let mut best = samples[0];
    for &s in samples.iter() {
        if s > best {
            best = s;
        }
    }
    best
}

fn main() {
    // mistake 1: four elements, annotated as five
    let readings: [f64; 5] = [20.5, 21.0, 19.75, 22.25];
    println!("average {:.2}", average(&readings));
    let more = [1.5, 2.5, 3.5];
    // mistake 2: forgot the `&`
    println!("largest {}", largest(more));
}
