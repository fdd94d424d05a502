use sensors::filters::{moving_average, Median3};
use sensors::{dew_point, Sample};

fn main() {
    let temps = [18.5, 19.0, 21.5, 20.0, 19.5];
    let s = Sample { celsius: moving_average(&temps, 3), humidity: 65.0 };
    let unused_median = Median3(1.0, 5.0, 3.0);
    println!("avg {:.2} dew point {:.2}", s.celsius, dew_point(&s));
    while true {
        break;
    }
}
