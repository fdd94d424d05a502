// Trying to get a value out of `for` and `while` loops with `break value`.
#[derive(Debug, Clone, Copy)]
struct Sensor {
    id: u16,
    temp: i16,
}

fn first_hot(sensors: &[Sensor], limit: i16) -> u16 {
    let id = for s in sensors {
        if s.temp > limit {
            break s.id;
        }
    };
    id
}

fn settle(mut temp: i16) -> u32 {
    let mut steps = 0;
    while temp.abs() > 2 {
        temp /= 2;
        steps += 1;
        if steps > 10 {
            break steps;
        }
    }
    steps
}

fn main() {
    let sensors = [Sensor { id: 1, temp: 20 }, Sensor { id: 7, temp: 81 }, Sensor { id: 9, temp: 90 }];
    println!("hot: {}", first_hot(&sensors, 80));
    println!("settle: {}", settle(-300));
}
