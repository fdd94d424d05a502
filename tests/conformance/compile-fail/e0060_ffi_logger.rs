// Calling a C variadic logging function without its required leading argument.
extern "C" {
    fn log_values(count: i32, ...) -> i32;
}

fn report(temperature: i32, humidity: i32) {
    unsafe {
        log_values(2, temperature, humidity);
        log_values();
    }
}

fn main() {
    report(21, 40);
}
