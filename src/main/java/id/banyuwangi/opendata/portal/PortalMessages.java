package id.banyuwangi.opendata.portal;

import io.quarkus.qute.i18n.Message;
import io.quarkus.qute.i18n.MessageBundle;

/**
 * Every label of the pages, in Indonesian (the default; {@code messages/msg_en.properties} holds the English).
 * Templates read them as {@code {msg:name}}; the page's language is its template instance's locale.
 */
@MessageBundle(locale = "id")
public interface PortalMessages {

    @Message("Langsung ke isi")
    String skip_to_content();

    @Message("Navigasi utama")
    String nav_label();

    @Message("Beranda")
    String nav_home();

    @Message("Dataset")
    String nav_datasets();

    @Message("Indikator")
    String nav_indicators();

    @Message("Tentang data")
    String nav_about();

    @Message("API")
    String nav_api();

    @Message("Bahasa")
    String lang_switch_label();

    @Message("English")
    String lang_other_name();

    @Message("Setiap dataset menyebut lisensi dan atribusinya sendiri.")
    String footer_licences();

    @Message("Lisensi dan atribusi")
    String footer_licences_link();

    @Message("Tanpa cookie, tanpa pelacak, tanpa CDN.")
    String footer_privacy();

    @Message("Data yang sama sebagai API JSON")
    String footer_api();

    @Message("URL API dari yang tampil di layar")
    String api_url_label();

    @Message("Cari dataset")
    String search_label();

    @Message("mis. indeks desa")
    String search_placeholder();

    @Message("Cari")
    String search_button();

    @Message("{name} dalam angka")
    String in_numbers(String name);

    @Message("Kecamatan")
    String kecamatan();

    @Message("Desa")
    String desa();

    @Message("Kelurahan")
    String kelurahan();

    @Message("Luas resmi")
    String area_official();

    @Message("Rilis terbaru")
    String newest_releases();

    @Message("Indikator")
    String featured_indicators();

    @Message("Untuk pengembang")
    String for_developers();

    @Message("Semua yang ada di halaman ini juga tersedia sebagai API JSON dengan kontrak OpenAPI.")
    String developers_text();

    @Message("Dokumentasi API interaktif")
    String api_docs();

    @Message("Indeks API")
    String api_index();

    @Message("versi {n}")
    String version_n(String n);

    @Message("Semua dataset")
    String all_datasets();

    @Message("Katalog dataset")
    String catalog_title();

    @Message("{count} dataset ditemukan")
    String results(String count);

    @Message("Tema")
    String facet_theme();

    @Message("Penerbit")
    String facet_publisher();

    @Message("Lisensi")
    String facet_license();

    @Message("Kata kunci")
    String facet_keyword();

    @Message("Urutkan")
    String sort_label();

    @Message("Id")
    String sort_id();

    @Message("Judul")
    String sort_title();

    @Message("Terakhir diubah")
    String sort_modified();

    @Message("Terapkan")
    String apply();

    @Message("Hapus semua filter")
    String clear_filters();

    @Message("Halaman berikutnya")
    String next_page();

    @Message("Halaman pertama")
    String first_page();

    @Message("Halaman sebelumnya")
    String previous_page();

    @Message("Rilis terakhir")
    String latest_release();

    @Message("Format")
    String formats();

    @Message("Belum ada versi")
    String no_version();

    @Message("Tidak ada dataset yang cocok.")
    String no_results();

    @Message("Saring")
    String filters();

    @Message("Deskripsi")
    String description();

    @Message("Penerbit")
    String publisher();

    @Message("Kontak")
    String contact();

    @Message("Lisensi")
    String license();

    @Message("Sumber tidak menyatakan lisensi")
    String license_none();

    @Message("Atribusi")
    String attribution();

    @Message("Sumber")
    String sources();

    @Message("Status")
    String status();

    @Message("resmi")
    String status_official();

    @Message("sekunder")
    String status_secondary();

    @Message("dilaporkan pers")
    String status_press_reported();

    @Message("Cakupan waktu")
    String temporal();

    @Message("Cakupan wilayah")
    String spatial();

    @Message("Frekuensi pembaruan")
    String frequency();

    @Message("tahunan")
    String freq_annual();

    @Message("tidak tetap")
    String freq_irregular();

    @Message("bulanan")
    String freq_monthly();

    @Message("triwulanan")
    String freq_quarterly();

    @Message("tidak diperbarui")
    String freq_never();

    @Message("Kata kunci")
    String keywords();

    @Message("Tema")
    String themes();

    @Message("Angka demonstrasi buatan, bukan data nyata.")
    String synthetic();

    @Message("Versi")
    String versions();

    @Message("Perubahan terbaru")
    String recent_changes();

    @Message("Dataset dibuat")
    String change_created();

    @Message("Metadata diperbarui")
    String change_metadata();

    @Message("Versi {version} terbit: {added} baris ditambah, {changed} diubah, {removed} dihapus")
    String change_published(String version, String added, String changed, String removed);

    @Message("Dataset ditarik")
    String change_withdrawn();

    @Message("Umpan perubahan yang sama di API (juga sebagai Server-Sent Events):")
    String changes_api();

    @Message("Versi")
    String version();

    @Message("Catatan")
    String notes();

    @Message("Baris")
    String rows();

    @Message("Diterbitkan di sini")
    String published();

    @Message("Tanggal data")
    String issued();

    @Message("Pratinjau data")
    String preview();

    @Message("Pratinjau versi {n}")
    String preview_of(String n);

    @Message("Cari kata")
    String search_records();

    @Message("Baris {from}–{to} dari {total}")
    String rows_shown(String from, String to, String total);

    @Message("Tidak ada baris yang cocok.")
    String no_rows();

    @Message("Unduhan")
    String downloads();

    @Message("Unduhan versi {n}")
    String downloads_of(String n);

    @Message("Format")
    String format();

    @Message("Ukuran")
    String size();

    @Message("tidak dicatat untuk versi lama ini")
    String sha256_none();

    @Message("CSV (UTF-8, koma)")
    String csv_standard();

    @Message("CSV untuk Excel, lokal Indonesia (titik koma, koma desimal, BOM)")
    String csv_excel_id();

    @Message("CSV untuk Excel, lokal Inggris (koma, titik desimal, BOM)")
    String csv_excel_en();

    @Message("Buku kerja XLSX (kode sebagai teks)")
    String xlsx();

    @Message("JSON")
    String json();

    @Message("NDJSON (satu baris per catatan)")
    String ndjson();

    @Message("GeoJSON (dengan geometri)")
    String geojson();

    @Message("Sitasi versi ini")
    String citation();

    @Message("Salin")
    String copy();

    @Message("Disalin")
    String copied();

    @Message("Perubahan antarversi")
    String diff();

    @Message("Dari versi {from} ke versi {to}")
    String diff_from_to(String from, String to);

    @Message("{added} ditambah, {removed} dihapus, {changed} diubah")
    String diff_counts(String added, String removed, String changed);

    @Message("Ditambah")
    String added();

    @Message("Dihapus")
    String removed();

    @Message("Diubah")
    String changed();

    @Message("Kunci")
    String key();

    @Message("Perubahan")
    String change();

    @Message("Dari")
    String from();

    @Message("Ke")
    String to();

    @Message("Bandingkan")
    String compare();

    @Message("Tidak ada perubahan.")
    String no_changes();

    @Message("Kamus data (Table Schema)")
    String data_dictionary();

    @Message("Kolom")
    String field();

    @Message("Tipe")
    String type();

    @Message("Keterangan")
    String field_description();

    @Message("Batasan")
    String constraints();

    @Message("wajib")
    String required();

    @Message("kunci utama")
    String primary_key();

    @Message("Satuan")
    String unit();

    @Message("Katalog indikator")
    String indicators_title();

    @Message("Indikator")
    String indicator();

    @Message("Tingkat")
    String levels();

    @Message("Periode")
    String period();

    @Message("Pilih periode")
    String choose_period();

    @Message("Tampilkan")
    String show();

    @Message("Peta")
    String map();

    @Message("Peta {name}, {period}, per desa")
    String map_of(String name, String period);

    @Message("Peta memerlukan JavaScript; tabel peringkat di bawah memuat semua nilai.")
    String map_needs_js();

    @Message("Legenda")
    String legend();

    @Message("tanpa nilai")
    String no_value();

    @Message("Peringkat")
    String ranking();

    @Message("No.")
    String rank();

    @Message("Desa/kelurahan")
    String village();

    @Message("Kecamatan")
    String district();

    @Message("Nilai")
    String value();

    @Message("Per kecamatan")
    String by_district();

    @Message("Rata-rata")
    String mean();

    @Message("Jumlah")
    String count();

    @Message("Ketersediaan per periode")
    String availability();

    @Message("Observasi")
    String observations();

    @Message("Tingkat")
    String level();

    @Message("desa/kelurahan")
    String level_village();

    @Message("kecamatan")
    String level_district();

    @Message("kabupaten")
    String level_regency();

    @Message("Tidak ada observasi untuk periode ini.")
    String no_observations();

    @Message("Metode")
    String method();

    @Message("Kabupaten")
    String regency();

    @Message("Desa dan kelurahan")
    String villages_of();

    @Message("Kode pos")
    String postal_code();

    @Message("Kode BPS (MFD 2018)")
    String bps_code();

    @Message("Luas poligon (dihitung dari batas yang disederhanakan, tidak resmi)")
    String polygon_area();

    @Message("Nama sebelumnya")
    String former_names();

    @Message("Nilai terbaru")
    String latest_values();

    @Message("Sebelumnya")
    String previous();

    @Message("Rilis")
    String release();

    @Message("Layanan yang tersedia")
    String services_offered();

    @Message("Belum ada data layanan yang diterbitkan untuk desa ini.")
    String no_services();

    @Message("Indikator yang tidak mencakup desa ini")
    String not_covered();

    @Message("Batas wilayah")
    String boundary();

    @Message("Bagian dari")
    String part_of();

    @Message("desa")
    String type_desa();

    @Message("kelurahan")
    String type_kelurahan();

    @Message("Kode")
    String code();

    @Message("Nama")
    String name();

    @Message("Tentang data")
    String about_title();

    @Message("Sumber")
    String about_sources();

    @Message("Setiap angka menunjuk ke satu sumber dalam register ini, dengan statusnya: resmi, sekunder, atau dilaporkan pers.")
    String about_sources_text();

    @Message("Id")
    String source_id();

    @Message("Penerbit asli")
    String original_publisher();

    @Message("Lisensi dan atribusi")
    String licences_title();

    @Message("Pernyataan lisensi dari berkas seed")
    String licence_statements();

    @Message("Dikutip tanpa perubahan dari README folder seed.")
    String licence_statements_text();

    @Message("Dataset per lisensi")
    String datasets_by_licence();

    @Message("Cara kerja versi")
    String versions_title();

    @Message("Sebuah versi diterbitkan sekali dan tidak pernah berubah. Setiap versi, termasuk versi dari seed, dibuat dengan cara yang sama: baris-baris diperiksa terhadap Table Schema dataset, lalu draf mendapat diff terhadap versi terakhir serta SHA-256 dan ukuran unduhannya.")
    String versions_text_1();

    @Message("Versi bernomor disajikan dengan Cache-Control: public, max-age=31536000, immutable; \"latest\" dengan max-age pendek. Unduhan CSV sebuah versi memiliki SHA-256 yang diumumkan.")
    String versions_text_2();

    @Message("Cara mengutip")
    String citations_title();

    @Message("Setiap versi dapat dikutip dalam gaya APA, BibTeX, atau CSL-JSON dengan URL stabil versinya; tanggal yang dikutip adalah tanggal terbit data dari sumbernya.")
    String citations_text();

    @Message("Kebijakan versi API")
    String policy_title();

    @Message("Path dasar memuat versi mayor: /api/v1.")
    String policy_1();

    @Message("Dalam v1 kami hanya menambah: endpoint baru, parameter opsional baru, field baru dalam respons. Klien harus mengabaikan field yang tidak dikenalnya.")
    String policy_2();

    @Message("Mengganti nama atau menghapus field, mengubah tipe atau maknanya, mengubah paging atau bentuk galat memerlukan versi mayor baru (/api/v2), yang disajikan berdampingan dengan v1.")
    String policy_3();

    @Message("Endpoint atau versi yang usang menjawab dengan header Deprecation (RFC 9745) dan Sunset (RFC 8594) yang memberi tanggal setelahnya ia boleh dihapus, sedikitnya 6 bulan setelah pengumuman, serta Link ke penggantinya dengan rel=\"successor-version\".")
    String policy_4();

    @Message("openapi/openapi.yaml adalah kontraknya.")
    String policy_5();

    @Message("Terjadi masalah")
    String error_title();

    @Message("Kembali ke beranda")
    String error_home();

    @Message("Cari di katalog")
    String error_datasets();

    @Message("Wilayah dan kota")
    String theme_regi();

    @Message("Pemerintahan dan sektor publik")
    String theme_gove();

    @Message("Kependudukan dan masyarakat")
    String theme_soci();

    @Message("Ekonomi dan keuangan")
    String theme_econ();

    @Message("Pendidikan, budaya, dan olahraga")
    String theme_educ();

    @Message("Lingkungan")
    String theme_envi();

    @Message("Kesehatan")
    String theme_heal();

    @Message("Sains dan teknologi")
    String theme_tech();

    @Message("Transportasi")
    String theme_tran();

    @Message("Pertanian, perikanan, kehutanan, dan pangan")
    String theme_agri();

    @Message("Energi")
    String theme_ener();

    @Message("Hukum dan keadilan")
    String theme_just();

    @Message("Isu internasional")
    String theme_intr();
}
