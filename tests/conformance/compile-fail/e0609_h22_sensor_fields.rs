// Sensor readings accessed through fields that do not exist.
#[derive(Debug, Clone, Copy)]
struct Reading {
    celsius: f32,
    humidity: u8,
}

#[derive(Debug, Clone, Copy)]
struct Station {
    id: u16,
    last: Reading,
    history: [Reading; 3],
}

fn average(s: &Station) -> f32 {
    let mut sum = 0.0;
    for r in s.history.iter() {
        sum += r.celsius;
    }
    sum / s.history.len() as f32
}

fn main() {
    let r = Reading { celsius: 21.5, humidity: 40 };
    let st = Station { id: 7, last: r, history: [r; 3] };
    println!("{}", average(&st));
    println!("{}", st.last.fahrenheit);
    println!("{}", st.name);
    let pair = (st.id, st.last);
    println!("{}", pair.2);
    println!("{}", st.id.value);
    println!("{}", st.last.humidity.percent);
    println!("{}", st.history.len);
}
