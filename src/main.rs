//! The browser entry point: mounts the Leptos app.

#[cfg(target_arch = "wasm32")]
fn main() {
    console_error_panic_hook::set_once();
    leptos::mount::mount_to_body(stotteportalen::ui::App);
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    // The portal runs in the browser; natively there is nothing to start.
    // (Native builds exist for `cargo test` and, later, pre-rendering.)
    println!("Støtteportalen runs in the browser: see README.md (`trunk build`).");
}
