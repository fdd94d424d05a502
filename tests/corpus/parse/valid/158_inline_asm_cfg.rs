// Inline assembly behind cfg(target_arch), with operands and options, plus a portable fallback.
#[cfg(target_arch = "x86_64")]
fn add_asm(a: u64, b: u64) -> u64 {
    let out: u64;
    unsafe {
        std::arch::asm!(
            "mov {out}, {a}",
            "add {out}, {b}",
            a = in(reg) a,
            b = in(reg) b,
            out = out(reg) out,
            options(pure, nomem, nostack),
        );
    }
    out
}

#[cfg(not(target_arch = "x86_64"))]
fn add_asm(a: u64, b: u64) -> u64 {
    a.wrapping_add(b)
}

#[cfg(target_arch = "x86_64")]
fn rdtsc_like() -> u64 {
    let lo: u32;
    let hi: u32;
    unsafe {
        core::arch::asm!("rdtsc", out("eax") lo, out("edx") hi, options(nomem, nostack));
    }
    (hi as u64) << 32 | lo as u64
}

#[cfg(not(target_arch = "x86_64"))]
fn rdtsc_like() -> u64 {
    0
}

fn main() {
    println!("{} {}", add_asm(40, 2), rdtsc_like() >= 0);
    if cfg!(target_endian = "little") {
        println!("little endian");
    }
}
