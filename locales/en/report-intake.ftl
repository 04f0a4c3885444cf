# Images and identifiers on the public report and in the reporter's messages; the section's view of images.
report-images = Pictures (optional)
report-images-hint = Up to 5 pictures: JPEG, PNG or WebP, at most 10 MB each. We remove hidden data such as the place and time a photo was taken.
report-images-again = For your safety, pictures are not kept when the form comes back. Choose them again before you send.
report-error-image-too-large = A picture is larger than 10 MB. Choose smaller pictures.
report-error-image-too-many = You can send at most 5 pictures at a time.
report-error-image-type = A file is not a JPEG, PNG or WebP picture. Only these can be sent.
report-error-image-pixels = A picture is far too big (more than 50 million pixels). Choose a smaller one.
report-error-image-unreadable = A picture could not be read. It may be damaged or incomplete.
report-error-invalid-text = Some characters in this field could not be read and were replaced. Check the text.
report-error-form-broken = Your form did not arrive whole. Check what you wrote and send it again.
report-error-form-too-large = Everything together is too large to send. Send fewer or smaller pictures.
follow-up-add-images = Add pictures (optional)
follow-up-images-sent = { $count ->
    [one] You have sent 1 picture.
   *[other] You have sent { $count } pictures.
}
reports-images = Pictures
reports-image-alt = Picture { $number } sent with the report
reports-image-alt-message = Picture { $number } sent with a later message
report-hint-summary = Some of the details you gave look unusual. Check them below, or send the form again as it is.
report-hint-phones = This does not look like a Belgian or international phone number: { $values }. Check it, or send it as it is.
report-hint-plates = This does not look like a number plate: { $values }. Check it, or send it as it is.
report-hint-websites = This does not look like a web address: { $values }. Check it, or send it as it is.
report-hint-handles = This does not look like an account name: { $values }. Check it, or send it as it is.
report-hint-emails = This does not look like an e-mail address: { $values }. Check it, or send it as it is.
